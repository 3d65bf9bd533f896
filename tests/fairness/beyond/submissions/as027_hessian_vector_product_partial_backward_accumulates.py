import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    f.backward(create_graph=True)
    g = x.grad.clone()
    (g * v).sum().backward()
    hv = x.grad
    return g, hv
