"""Wrong: pauses with torch.inference_mode(), not the torch.no_grad() block the prompt names.

fails: paused_under_no_grad, paused_under_no_grad_hidden
diagnosis: inference_mode
description: computes paused under torch.inference_mode(); its tensors can never join a graph, and the prompt asks for no_grad
mistakes: grad_mode
"""

import torch


@torch.no_grad()
def _twice(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.inference_mode():
        paused = t * 3
    decorated = _twice(t)
    with torch.no_grad(), torch.enable_grad():
        resumed = t * 3
    return tracked, paused, decorated, resumed
