import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    n = xr.shape[0]
    J = torch.zeros(n, n, dtype=x.dtype)
    for i in range(n):
        y = xr ** 2 * xr.sum()
        y[i].backward()
        J[i] = xr.grad
    return J
