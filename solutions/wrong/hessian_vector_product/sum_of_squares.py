r"""Differentiates the sum of the squares where f squares the sum: the method is right, the function is not.

fails: gradient, hvp, gradient_hidden, hvp_hidden
diagnosis: return\[0\]
description: f adds up the squares of the entries, sum(x_i^2), where it squares their sum, (sum x_i)^2
mistakes: operation
"""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + (x**2).sum()
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
