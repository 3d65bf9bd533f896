"""Wrong: the "paused" product is computed before the no_grad block starts."""

import torch


@torch.no_grad()
def double(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    paused = t * 3
    with torch.no_grad():
        decorated = double(t)
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
