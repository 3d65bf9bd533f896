import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = (w ** 2).sum()
    l.backward()
    return w
