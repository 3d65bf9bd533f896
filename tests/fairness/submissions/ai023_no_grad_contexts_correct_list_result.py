"""Answer to no_grad_contexts (list_result)."""

import torch

@torch.no_grad()
def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return [tracked, paused, decorated, resumed]
