import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    # H = diag(3 x^2) + 2 * ones
    hv = 3 * x.detach() ** 2 * v + 2 * v.sum()
    return g, hv
