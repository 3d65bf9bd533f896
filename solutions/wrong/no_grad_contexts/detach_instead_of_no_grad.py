r"""Wrong: paused is computed with recording on and detached afterwards instead of inside torch.no_grad().

fails: paused_under_no_grad, paused_under_no_grad_hidden
diagnosis: detached\s+afterwards
description: computes paused normally and detaches it; same flags, but the multiplication was recorded
mistakes: grad_mode
"""

import torch


@torch.no_grad()
def double(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    paused = (t * 3).detach()
    decorated = double(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
