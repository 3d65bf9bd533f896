"""The norm measured after clipping (1), not before.

fails: norm_before, norm_hidden
diagnosis: norm
description: returns the norm after clipping (1) instead of before
mistakes: order, operation
"""

import torch


def clipped_gradient(w, x):
    ((x @ w) ** 2).sum().backward()
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return w.grad.norm()
