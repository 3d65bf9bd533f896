import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    f = xr ** 2 * xr.sum()
    rows = []
    for i in range(f.shape[0]):
        (r,) = torch.autograd.grad(f[i], xr, retain_graph=True)
        rows.append(r)
    return torch.stack(rows, dim=1)
