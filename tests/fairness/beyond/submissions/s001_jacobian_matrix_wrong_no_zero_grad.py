import torch


def jacobian_matrix(x):
    n = x.shape[0]
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    J = torch.zeros(n, n, dtype=x.dtype)
    for i in range(n):
        y[i].backward(retain_graph=True)
        J[i] = xr.grad
    return J
