import torch


def jacobian_matrix(x):
    n = x.numel()
    J = torch.zeros(n, n, dtype=x.dtype)
    xr = x.detach().requires_grad_(True)
    f = xr.pow(2) * xr.sum()
    for i in range(n - 1):
        J[i] = torch.autograd.grad(f[i], xr, retain_graph=True)[0]
    return J
