import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_()
    with torch.enable_grad():
        f = xr ** 2 * xr.sum()
        rows = [torch.autograd.grad(f[i], xr, retain_graph=True)[0] for i in range(f.shape[0])]
    return torch.stack(rows)
