import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    f = torch.logsumexp(xr, dim=0)
    (g,) = torch.autograd.grad(f, xr, create_graph=True)
    rows = []
    for i in range(x.shape[0]):
        (row,) = torch.autograd.grad(g.sum(), xr, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
