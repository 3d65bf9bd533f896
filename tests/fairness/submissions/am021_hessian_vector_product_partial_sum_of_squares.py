import torch


def hessian_vector_product(x, v):
    f = (x ** 4).sum() / 4 + (x ** 2).sum()
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad((g * v).sum(), x)
    return g, hv
