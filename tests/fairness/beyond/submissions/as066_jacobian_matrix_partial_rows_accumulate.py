import torch


def jacobian_matrix(x):
    xr = x.clone().requires_grad_(True)
    n = xr.shape[0]
    rows = []
    for i in range(n):
        f = xr ** 2 * xr.sum()
        f[i].backward()
        rows.append(xr.grad.clone())
    return torch.stack(rows)
