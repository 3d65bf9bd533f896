import torch


def logsumexp_hessian(x):
    xx = x.detach().clone().requires_grad_()
    with torch.enable_grad():
        f = torch.logsumexp(xx, 0)
        (g,) = torch.autograd.grad(f, xx, create_graph=True)
        H = torch.empty(xx.numel(), xx.numel(), dtype=x.dtype)
        for i in range(xx.numel()):
            H[i] = torch.autograd.grad(g[i], xx, retain_graph=True)[0]
    return H
