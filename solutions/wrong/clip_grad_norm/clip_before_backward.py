r"""Clipping before the gradient exists does nothing.

fails: norm_before, w_grad_clipped, hidden, norm_hidden
diagnosis: norm|w\.grad
description: clips before backward(), when there is no gradient yet, so nothing is clipped
mistakes: order
"""

import torch


def clipped_gradient(w, x):
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    ((x @ w) ** 2).sum().backward()
    return norm
