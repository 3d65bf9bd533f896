"""Answer to jacobian_matrix (rows_create_graph)."""

import torch

def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_()
    fx = xr ** 2 * xr.sum()
    rows = [torch.autograd.grad(fx[i], xr, retain_graph=True, create_graph=True)[0]
            for i in range(fx.shape[0])]
    return torch.stack(rows)
