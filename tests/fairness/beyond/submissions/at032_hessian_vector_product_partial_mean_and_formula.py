import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).mean() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = (3 * x ** 2 / x.numel()) * v + 2 * v.sum()
    return g, hv.detach()
