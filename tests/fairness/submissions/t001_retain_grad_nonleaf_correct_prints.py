import torch


def retained_nonleaf_grad(p):
    w = p * 10
    print("w is leaf?", w.is_leaf)
    w.retain_grad()
    l = (w * w).sum()
    l.backward()
    print("w.grad:", w.grad)
    print("p.grad:", p.grad)
    return w
