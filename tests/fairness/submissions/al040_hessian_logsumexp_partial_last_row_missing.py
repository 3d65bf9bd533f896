"""Autograd exercises: my answer for `hessian_logsumexp`."""

import torch


def logsumexp_hessian(x):
    xx = x.detach().clone().requires_grad_()
    f = torch.log(torch.exp(xx).sum())
    (g,) = torch.autograd.grad(f, xx, create_graph=True)
    n = x.shape[0]
    rows = [torch.zeros(n)]
    for i in range(n - 1):
        (row,) = torch.autograd.grad(g[i], xx, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
