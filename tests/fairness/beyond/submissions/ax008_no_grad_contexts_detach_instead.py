"""no_grad_contexts: `paused` computed normally then detached instead of inside torch.no_grad() (mistake); the other three right."""
import torch


@torch.no_grad()
def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    paused = (t * 3).detach()
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
