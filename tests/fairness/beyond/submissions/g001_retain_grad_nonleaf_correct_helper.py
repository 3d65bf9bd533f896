import torch


def scaled(t, factor=10.0):
    out = t * factor
    out.retain_grad()
    return out


def squared_norm(t):
    return t.square().sum()


def retained_nonleaf_grad(p):
    w = scaled(p)
    l = squared_norm(w)
    l.backward(gradient=torch.ones_like(l))
    return w
