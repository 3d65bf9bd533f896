import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    rows = []
    for i in range(len(y)):
        rows.append(torch.autograd.grad(y[i], xr)[0])
    return torch.stack(rows)
