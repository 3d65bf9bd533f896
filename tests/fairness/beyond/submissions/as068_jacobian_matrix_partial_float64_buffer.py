import torch


def jacobian_matrix(x):
    n = x.shape[0]
    J = torch.zeros(n, n, dtype=torch.float64)
    xr = x.detach().clone().requires_grad_(True)
    f = xr ** 2 * xr.sum()
    for i in range(n):
        J[i] = torch.autograd.grad(f[i], xr, retain_graph=True)[0]
    return J
