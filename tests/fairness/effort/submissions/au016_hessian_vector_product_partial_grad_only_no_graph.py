import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    f.backward()
    g = x.grad.clone()
    hv = None
    return g, hv
