import torch


def _f(x):
    return 0.25 * (x ** 4).sum() + x.sum() ** 2


def hessian_vector_product(x, v):
    (g,) = torch.autograd.grad(_f(x), x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
