"""Wrong: switches tracking off on the input itself instead of pausing recording.

t stays untracked afterwards, so even enable_grad() cannot record `resumed`.

fails: t_still_tracked, paused_under_no_grad, resumed_grad_fn, resumed_grad_fn_hidden
diagnosis: Leave t as it is
description: switches requires_grad off on t itself instead of pausing recording
mistakes: requires_grad, input_mutated
"""

import torch


def no_grad_variants(t):
    tracked = t * 2
    t.requires_grad_(False)
    paused = t * 3
    decorated = t * 2
    with torch.enable_grad():
        resumed = t * 3
    return tracked, paused, decorated, resumed
