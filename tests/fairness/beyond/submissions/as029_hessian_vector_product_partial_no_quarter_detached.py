import torch


def hessian_vector_product(x, v):
    f = (x ** 4).sum() + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g @ v, x)
    return g.detach(), hv
