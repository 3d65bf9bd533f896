import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    f = torch.logsumexp(xr, 0)
    (g,) = torch.autograd.grad(f, xr, create_graph=True)
    rows = []
    for i in range(len(g)):
        g[i].backward(retain_graph=True)
        rows.append(xr.grad.clone())
    return torch.stack(rows)
