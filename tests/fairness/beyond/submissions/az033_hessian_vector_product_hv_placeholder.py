"""Half done: g is computed right with create_graph=True, but the Hessian-vector product was not
written; v is returned unchanged as a placeholder for hv."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g, = torch.autograd.grad(f, x, create_graph=True)
    hv = v  # TODO: differentiate g . v
    return g, hv
