r"""Wrong: torch.no_grad() on its own line builds a context manager and throws it away.

fails: paused_requires_grad, paused_under_no_grad, decorated_requires_grad, decorated_under_no_grad, paused_under_no_grad_hidden
diagnosis: compute it inside torch\.no_grad\(\)
description: calls torch.no_grad() on a line of its own, which pauses nothing, instead of using it as a with block or a decorator
example: true
mistakes: grad_mode
"""

import torch


def no_grad_variants(t):
    tracked = t * 2
    torch.no_grad()
    paused = t * 3
    decorated = t * 2
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
