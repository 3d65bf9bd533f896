import torch


def hessian_vector_product(x, v):
    n = x.shape[0]
    total = x[0] * 0
    quart = x[0] * 0
    for i in range(n):
        total = total + x[i]
        quart = quart + x[i] ** 4 / 4
    f = quart + total ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad(torch.sum(g * v.detach()), x)[0]
    return g, hv
