r"""Rescales the gradient to norm 1 whatever its norm: a gradient under the limit grows.

fails: w_grad_clipped, hidden
description: divides w.grad by its norm even when the norm is under the limit
mistakes: operation
"""

import torch


def clipped_gradient(w, x):
    ((x @ w) ** 2).sum().backward()
    norm = w.grad.norm()
    with torch.no_grad():
        w.grad /= norm + 1e-6
    return norm
