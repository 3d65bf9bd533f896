import torch


def hessian_vector_product(x, v):
    f = x.pow(4).sum() / 4 + x.sum().pow(2)
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad(g, x, grad_outputs=v)[0]
    return g, hv
