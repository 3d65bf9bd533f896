import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    with torch.enable_grad():
        m = xr.max()
        f = m + torch.log(torch.exp(xr - m).sum())
        (g,) = torch.autograd.grad(f, xr, create_graph=True)
        rows = []
        for i in range(xr.numel()):
            (row,) = torch.autograd.grad(g[i], xr, retain_graph=True)
            rows.append(row)
    return torch.stack(rows, dim=0)
