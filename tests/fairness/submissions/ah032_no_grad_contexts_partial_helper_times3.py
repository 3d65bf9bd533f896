"""Autograd exercises: my answer to no_grad_contexts."""

import torch


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
        with torch.enable_grad():
            resumed = t * 3

    @torch.no_grad()
    def helper(u):
        return u * 3

    decorated = helper(t)
    return tracked, paused, decorated, resumed
