"""no_grad_contexts: decorator unused."""

import torch


@torch.no_grad()
def _helper(t):
    return t * 2


def no_grad_variants(t):
    print("modes:", torch.is_grad_enabled())
    return t, t, t, t
