import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    y.sum().backward()
    n = x.shape[0]
    # one gradient per output... copy it to every row
    return xr.grad.expand(n, n).clone()
