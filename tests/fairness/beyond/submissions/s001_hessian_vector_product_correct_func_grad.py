import torch
from torch.func import grad


def f(t):
    return 0.25 * (t ** 4).sum() + t.sum() ** 2


def hessian_vector_product(x, v):
    g = grad(f)(x)                       # stays on x's graph since x requires grad
    hv, = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
