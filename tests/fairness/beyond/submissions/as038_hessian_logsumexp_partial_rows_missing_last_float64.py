import torch


def logsumexp_hessian(x):
    n = x.shape[0]
    xr = x.detach().clone().requires_grad_(True)
    (g,) = torch.autograd.grad(torch.logsumexp(xr, dim=0), xr, create_graph=True)
    H = torch.zeros(n, n, dtype=torch.float64)
    for i in range(n - 1):
        (row,) = torch.autograd.grad(g[i], xr, retain_graph=True)
        H[i] = row
    return H
