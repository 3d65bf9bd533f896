import torch


def retained_nonleaf_grad(p):
    w = torch.mul(p, 10)
    w.retain_grad()
    l = w.pow(2).sum()
    l.backward()
    return w
