"""One mistake: computes g with create_graph=True and hv correctly, but returns g.detach() "to keep the
result clean", so the returned g is not on the graph (does not require grad)."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad((g * v).sum(), x)[0]
    return g.detach(), hv
