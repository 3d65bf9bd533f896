import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    rows = []
    for i in range(y.shape[0]):
        (row,) = torch.autograd.grad(y[i], xr, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
