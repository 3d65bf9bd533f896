r"""Clips each entry, not the norm: the direction changes.

fails: w_grad_clipped, hidden
diagnosis: w\.grad
description: clamps each entry to [-1, 1] (clip_grad_value_), which changes the direction
mistakes: operation
"""

import torch


def clipped_gradient(w, x):
    ((x @ w) ** 2).sum().backward()
    norm = w.grad.norm()
    torch.nn.utils.clip_grad_value_([w], clip_value=1.0)
    return norm
