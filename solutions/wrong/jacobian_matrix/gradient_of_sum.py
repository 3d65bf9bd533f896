"""The gradient of f summed: a vector, not the Jacobian.

fails: jacobian, jacobian_hidden
diagnosis: shape
description: returns the gradient of sum(f), one row instead of the matrix
"""

import torch


def jacobian_matrix(x):
    xr = x.clone().requires_grad_(True)
    (xr**2 * xr.sum()).sum().backward()
    return xr.grad
