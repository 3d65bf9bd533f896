"""hessian_vector_product: half done: g computed right with create_graph=True, hv left as a zeros placeholder (ran out of time)."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.zeros_like(x)  # TODO: differentiate g . v once more
    return g, hv
