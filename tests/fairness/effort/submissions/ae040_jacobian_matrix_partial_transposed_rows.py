import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_()
    f = xr ** 2 * xr.sum()
    cols = []
    for i in range(f.numel()):
        (gi,) = torch.autograd.grad(f[i], xr, retain_graph=True)
        cols.append(gi)
    return torch.stack(cols, dim=1)
