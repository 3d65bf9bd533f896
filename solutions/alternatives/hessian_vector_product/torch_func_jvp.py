"""torch.func: the gradient function pushed forward along v (forward-over-reverse)."""

import torch
from torch.func import grad, jvp


def f(x):
    return (x**4).sum() / 4 + x.sum() ** 2


def hessian_vector_product(x, v):
    g = torch.autograd.grad(f(x), x, create_graph=True)[0]
    print("g =", g)
    _, hv = jvp(grad(f), (x.detach(),), (v,))
    return g, hv
