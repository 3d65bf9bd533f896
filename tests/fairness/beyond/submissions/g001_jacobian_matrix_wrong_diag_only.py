import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    (g,) = torch.autograd.grad(y, xr, grad_outputs=torch.ones_like(y))
    return torch.diag(g)
