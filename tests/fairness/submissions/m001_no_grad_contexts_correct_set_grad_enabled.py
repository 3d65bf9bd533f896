import torch


@torch.no_grad()
def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.set_grad_enabled(False):
        paused = t * 3
        with torch.set_grad_enabled(True):
            resumed = t * 3
    decorated = helper(t)
    return tracked, paused, decorated, resumed
