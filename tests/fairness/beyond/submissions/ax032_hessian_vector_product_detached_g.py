"""hessian_vector_product: hv is right, but g is returned detached (mistake: g no longer on the graph / requires grad)."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad((g * v).sum(), x)[0]
    return g.detach(), hv
