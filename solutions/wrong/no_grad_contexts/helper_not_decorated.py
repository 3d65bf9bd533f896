r"""Wrong: helper has no @torch.no_grad() decorator, so its product is recorded and tracked.

fails: decorated_requires_grad, decorated_under_no_grad
diagnosis: Put @torch.no_grad\(\) on the line
description: forgets @torch.no_grad() on helper, so its product is recorded and requires grad
mistakes: grad_mode
"""

import torch


def double(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = double(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
