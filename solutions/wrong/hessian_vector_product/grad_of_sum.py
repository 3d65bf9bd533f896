r"""Differentiates g.sum(), which is H times a vector of ones, not H v.

fails: hvp, hvp_hidden
diagnosis: return\[1\]
description: differentiates g.sum() instead of g . v, which gives H times a vector of ones
mistakes: operation
"""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g.sum(), x)
    return g, hv
