import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    f = xr.square() * xr.sum()
    rows = []
    for i in range(f.shape[0]):
        (row,) = torch.autograd.grad(f[i], xr, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
