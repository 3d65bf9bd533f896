"""Wrong: takes g from autograd, then writes hv out by hand as 3 x^2 v + 2 sum(v), with no second backward pass.

fails: hvp_by_autograd
description: writes the Hessian-vector product out by hand (3 x^2 v + 2 sum(v)) instead of differentiating g once more
mistakes: no_backward
"""

import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x**4).sum() + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    hv = 3 * x.detach() ** 2 * v + 2 * v.sum()
    return g, hv
