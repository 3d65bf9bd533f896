import torch


def retained_nonleaf_grad(p):
    w = p * 10
    print("w is leaf?", w.is_leaf, "grad_fn:", w.grad_fn)
    w.retain_grad()
    l = (w * w).sum()
    print("l =", l.item())
    l.backward()
    print("w.grad =", w.grad)
    print("p.grad =", p.grad)
    return w
