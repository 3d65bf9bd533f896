import torch


def logsumexp_hessian(x):
    x = x.detach().clone().requires_grad_()
    f = torch.log(torch.exp(x).sum())
    g, = torch.autograd.grad(f, x, create_graph=True)
    rows = []
    for i in range(len(x) - 1):
        row, = torch.autograd.grad(g[i], x, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
