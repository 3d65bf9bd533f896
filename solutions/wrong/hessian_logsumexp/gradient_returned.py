"""The gradient (softmax) instead of the Hessian.

fails: hessian, hessian_hidden
diagnosis: shape
description: returns the gradient softmax(x), a vector, instead of the Hessian matrix: one derivative short
mistakes: operation, shape
"""

import torch


def logsumexp_hessian(x):
    xr = x.clone().requires_grad_(True)
    torch.logsumexp(xr, 0).backward()
    return xr.grad
