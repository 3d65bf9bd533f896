import torch


def jacobian_matrix(x):
    xx = x.detach().clone().requires_grad_(True)
    f = xx ** 2 * xx.sum()
    f.sum().backward()
    return xx.grad
