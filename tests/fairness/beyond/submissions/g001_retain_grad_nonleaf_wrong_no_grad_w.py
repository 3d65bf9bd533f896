import torch


def retained_nonleaf_grad(p):
    with torch.no_grad():
        w = 10 * p
    w.retain_grad()
    l = (w ** 2).sum()
    l.backward()
    return w
