"""The gradient (softmax) instead of the Hessian.

fails: hessian, hessian_hidden
diagnosis: shape
description: returns the gradient softmax(x), one derivative short
"""

import torch


def logsumexp_hessian(x):
    xr = x.clone().requires_grad_(True)
    torch.logsumexp(xr, 0).backward()
    return xr.grad
