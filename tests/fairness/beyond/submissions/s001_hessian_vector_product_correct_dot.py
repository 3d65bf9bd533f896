import torch


def f(x):
    return torch.sum(x.pow(4)) / 4 + torch.sum(x).pow(2)


def hessian_vector_product(x, v):
    g = torch.autograd.grad(f(x), x, create_graph=True)[0]
    gv = torch.dot(g, v)
    hv = torch.autograd.grad(gv, x)[0]
    return g, hv
