import torch


def hessian_vector_product(x, v):
    f = torch.sum(x ** 4) + torch.sum(x) ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad(g, x, grad_outputs=v)[0]
    return g, hv
