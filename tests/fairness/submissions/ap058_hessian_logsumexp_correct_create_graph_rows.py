import torch


def logsumexp_hessian(x):
    xr = x.detach().clone().requires_grad_()
    f = torch.log(torch.exp(xr).sum())
    (g,) = torch.autograd.grad(f, xr, create_graph=True)
    rows = [torch.autograd.grad(g[i], xr, retain_graph=True)[0] for i in range(xr.numel())]
    return torch.stack(rows, dim=0)
