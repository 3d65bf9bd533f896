import torch


def retained_nonleaf_grad(p):
    scale = 10.0
    w = p * scale
    w.retain_grad()
    loss = (w * w).sum()
    loss.backward()
    return w
