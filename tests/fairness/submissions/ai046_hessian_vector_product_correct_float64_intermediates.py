"""Answer to hessian_vector_product (float64_intermediates)."""

import torch

def hessian_vector_product(x, v):
    xd = x.double()
    f = 0.25 * (xd ** 4).sum() + xd.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad((g * v).sum(), x)[0]
    return (g, hv)
