"""Half done: g is right (create_graph=True), but the Hessian-vector product was never written and
hv is a zeros placeholder."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    hv = torch.zeros_like(x)  # TODO: differentiate g . v
    return g, hv
