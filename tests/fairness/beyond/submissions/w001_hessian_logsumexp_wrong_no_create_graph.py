import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    (g,) = torch.autograd.grad(torch.logsumexp(xr, 0), xr)
    rows = [torch.autograd.grad(g[i], xr, retain_graph=True)[0] for i in range(len(g))]
    return torch.stack(rows)
