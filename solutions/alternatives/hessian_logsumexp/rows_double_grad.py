"""One create_graph gradient, then one grad per entry of it, rows stacked."""

import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_()
    (g,) = torch.autograd.grad(torch.logsumexp(xr, 0), xr, create_graph=True)
    rows = [torch.autograd.grad(g[i], xr, retain_graph=True)[0] for i in range(len(g))]
    return torch.stack(rows)
