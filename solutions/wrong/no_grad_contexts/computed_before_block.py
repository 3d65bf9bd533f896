"""Wrong: the "paused" product is computed before the no_grad block starts.

fails: paused_requires_grad, paused_under_no_grad, paused_under_no_grad_hidden
diagnosis: still requires grad
description: computes the paused result before entering the no_grad block
mistakes: grad_mode, order
"""

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
