"""Correct: bare @torch.no_grad decorator on a nested helper, paused and resumed computed in the
same no_grad block, with enable_grad nested inside it."""
import torch


def no_grad_variants(t):
    @torch.no_grad
    def helper(u):
        return u * 2

    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
        with torch.enable_grad():
            resumed = t * 3
    decorated = helper(t)
    return tracked, paused, decorated, resumed
