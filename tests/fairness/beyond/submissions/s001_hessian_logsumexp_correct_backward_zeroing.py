import torch


def logsumexp_hessian(x):
    # backward() once per row, clearing .grad in between
    leaf = torch.tensor(x.tolist(), dtype=x.dtype, requires_grad=True)
    m = leaf.max().detach()
    f = m + torch.log(torch.exp(leaf - m).sum())   # stable log-sum-exp
    g = torch.autograd.grad(f, leaf, create_graph=True)[0]
    H = torch.zeros(len(leaf), len(leaf), dtype=x.dtype)
    for i in range(len(leaf)):
        leaf.grad = None
        g[i].backward(retain_graph=True)
        H[i] = leaf.grad
    return H
