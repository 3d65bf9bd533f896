import torch


def logsumexp_hessian(x):
    x.requires_grad_(True)
    f = torch.logsumexp(x, dim=0)
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    rows = [torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(x.numel())]
    return torch.stack(rows)
