"""The gradient of f summed: a vector, not the Jacobian.

fails: jacobian, jacobian_hidden
diagnosis: shape
description: returns the gradient of sum(f), a vector of shape (n,), instead of the (n, n) Jacobian matrix
mistakes: shape, operation
"""

import torch


def jacobian_matrix(x):
    xr = x.clone().requires_grad_(True)
    (xr**2 * xr.sum()).sum().backward()
    return xr.grad
