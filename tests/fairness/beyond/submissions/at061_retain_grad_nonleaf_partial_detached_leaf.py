import torch


def retained_nonleaf_grad(p):
    w = (10 * p).detach().requires_grad_()
    l = (w ** 2).sum()
    l.backward()
    return w
