import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    f = torch.logsumexp(xr, dim=0)
    (g,) = torch.autograd.grad(f, xr, create_graph=True)
    n = xr.shape[0]
    H = torch.zeros(n, n, dtype=x.dtype)
    for i in range(n):
        (row,) = torch.autograd.grad(g[i], xr, retain_graph=True)
        H[i] = row
    return H
