import torch


def retained_nonleaf_grad(p):
    w = p * 10.0
    w.retain_grad()
    l = (w.double() ** 2).sum().to(w.dtype)
    l.backward()
    return w
