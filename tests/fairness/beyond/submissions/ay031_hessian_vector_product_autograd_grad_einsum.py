"""Correct: g from torch.autograd.grad with create_graph=True, then H v by differentiating the einsum dot
product g . v with respect to x once more."""
import torch


def _f(x):
    return 0.25 * (x ** 4).sum() + x.sum() ** 2


def hessian_vector_product(x, v):
    (g,) = torch.autograd.grad(_f(x), x, create_graph=True)
    gv = torch.einsum("i,i->", g, v)
    (hv,) = torch.autograd.grad(gv, x)
    return g, hv
