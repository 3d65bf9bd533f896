import torch


def hessian_vector_product(x, v):
    f = torch.sum(x ** 4) / 4 + torch.sum(x) ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
