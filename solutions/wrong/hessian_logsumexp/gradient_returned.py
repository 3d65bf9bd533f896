"""The gradient (softmax) instead of the Hessian."""

import torch


def logsumexp_hessian(x):
    xr = x.clone().requires_grad_(True)
    torch.logsumexp(xr, 0).backward()
    return xr.grad
