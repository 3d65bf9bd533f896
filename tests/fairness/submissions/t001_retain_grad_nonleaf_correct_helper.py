import torch


def scaled(t, factor=10.0):
    out = factor * t
    out.retain_grad()  # keep the gradient of this intermediate
    return out


def retained_nonleaf_grad(p):
    w = scaled(p)
    loss = w.pow(2).sum()
    loss.backward()
    return w
