import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_(True)
    (g,) = torch.autograd.grad(torch.logsumexp(xr, 0), xr, create_graph=True)
    rows = []
    for i in range(g.numel()):
        g[i].backward(retain_graph=True)
        rows.append(xr.grad.clone())
    return torch.stack(rows)
