import torch


def logsumexp_hessian(x):
    xr = x.clone().detach().requires_grad_(True)
    f = torch.logsumexp(xr, 0)
    g = torch.autograd.grad(f, xr, create_graph=True)[0]
    n = xr.numel()
    H = torch.empty(n, n, dtype=x.dtype)
    for i in range(n):
        g[i].backward(retain_graph=True)
        H[i] = xr.grad
        xr.grad.zero_()
    return H
