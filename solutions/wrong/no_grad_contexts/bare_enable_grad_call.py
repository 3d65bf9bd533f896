r"""Wrong: torch.enable_grad() on its own line does not switch recording back on.

fails: resumed_grad_fn, resumed_grad_fn_hidden
diagnosis: computed under torch\.no_grad\(\)
description: calls torch.enable_grad() on a line of its own inside the no_grad block, which switches nothing back on: use it as a with block
mistakes: grad_mode
"""

import torch


@torch.no_grad()
def double(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = double(t)
    with torch.no_grad():
        torch.enable_grad()
        resumed = t * 3
    return tracked, paused, decorated, resumed
