"""One mistake: for `resumed` the contexts are nested the wrong way round (no_grad inside
enable_grad), so resumed is not recorded; the other three results are right."""
import torch


@torch.no_grad()
def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = helper(t)
    with torch.enable_grad():
        with torch.no_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
