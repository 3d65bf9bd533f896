import torch


def logsumexp_hessian(x):
    xx = x.detach().clone().requires_grad_(True)
    f = torch.logsumexp(xx, 0)
    g, = torch.autograd.grad(f, xx, create_graph=True)
    H = []
    for i in range(xx.numel()):
        row, = torch.autograd.grad(g[i], xx, retain_graph=True)
        H.append(row)
    H = torch.stack(H)
    print(H)
    return H
