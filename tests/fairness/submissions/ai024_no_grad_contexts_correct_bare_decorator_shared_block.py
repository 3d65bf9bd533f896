"""Answer to no_grad_contexts (bare_decorator_shared_block)."""

import torch

def no_grad_variants(t):
    @torch.no_grad
    def helper(u):
        return u * 2

    tracked = 2 * t
    with torch.no_grad():
        paused = t.mul(3)
        with torch.enable_grad():
            resumed = t.mul(3)
    decorated = helper(t)
    return tracked, paused, decorated, resumed
