import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    f = torch.logsumexp(xr, dim=0)
    (g,) = torch.autograd.grad(f, xr, create_graph=True)
    (H,) = torch.autograd.grad(g.sum(), xr)
    return H
