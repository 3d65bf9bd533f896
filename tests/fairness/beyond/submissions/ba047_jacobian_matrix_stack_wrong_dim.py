"""One mistake: the per-row gradients (row i = d f_i / dx) are stacked along dim=1, which gives the
transpose of the Jacobian."""
import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    f = xr ** 2 * xr.sum()
    rows = []
    for i in range(f.shape[0]):
        (gi,) = torch.autograd.grad(f[i], xr, retain_graph=True)
        rows.append(gi)
    return torch.stack(rows, dim=1)
