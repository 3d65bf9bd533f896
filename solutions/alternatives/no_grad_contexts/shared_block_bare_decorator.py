"""The bare @torch.no_grad decorator; paused and the nested enable_grad block share one no_grad block."""

import torch


@torch.no_grad
def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = torch.mul(t, 2)
    with torch.no_grad():
        paused = 3 * t
        with torch.enable_grad():
            resumed = torch.mul(t, 3)
    decorated = helper(t)
    print(paused.requires_grad, decorated.requires_grad, resumed.grad_fn)
    return tracked, paused, decorated, resumed
