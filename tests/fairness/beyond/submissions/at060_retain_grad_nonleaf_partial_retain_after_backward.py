import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w ** 2).sum()
    l.backward()
    w.retain_grad()
    return w
