import torch


def jacobian_matrix(x):
    xr = x.clone().requires_grad_(True)
    cols = []
    for i in range(x.numel()):
        f = xr ** 2 * xr.sum()
        f[i].backward()
        cols.append(xr.grad.clone())
    return torch.stack(cols, dim=1)
