"""One mistake: forgot w.retain_grad() before backward(), so w.grad stays None (p.grad is right)."""
import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w ** 2).sum()
    l.backward()
    return w
