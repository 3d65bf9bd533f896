import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = w.sum() ** 2
    l.backward()
    return w
