import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    rows = []
    for i in range(y.shape[0]):
        rows.append(torch.autograd.grad(y[i], xr, retain_graph=True)[0])
    return torch.stack(rows, dim=0)
