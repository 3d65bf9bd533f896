import torch


def hessian_vector_product(x, v):
    xd = x.double()
    f = 0.25 * (xd ** 4).sum() + xd.sum() ** 2
    (g,) = torch.autograd.grad(f, xd, create_graph=True)
    (hv,) = torch.autograd.grad(g, xd, grad_outputs=v.double())
    return g, hv
