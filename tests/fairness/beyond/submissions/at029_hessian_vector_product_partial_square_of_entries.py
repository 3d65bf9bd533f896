import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + (x ** 2).sum()
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad(g, x, grad_outputs=v)[0]
    return g, hv
