import torch


def hessian_vector_product(x, v):
    ones = torch.ones_like(x)
    f = x.pow(4).sum() / 4 + torch.dot(ones, x) ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(torch.dot(g, v), x)
    return g, hv
