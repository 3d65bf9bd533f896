r"""Only the diagonal of the Hessian, 3 x^2, times v: the (sum x)^2 coupling is lost.

fails: hvp, hvp_hidden
diagnosis: hv|return\[1\]
description: computes hv by hand as 3 x^2 v, the Hessian's diagonal only, forgetting the (sum x)^2 term, instead of differentiating g . v
mistakes: operation, no_backward
"""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    hv = 3 * x.detach() ** 2 * v
    return g, hv
