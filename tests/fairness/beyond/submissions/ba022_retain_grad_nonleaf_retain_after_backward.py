"""One mistake: calls w.retain_grad() only after l.backward(), too late, so w.grad stays None
(p.grad is right)."""
import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w ** 2).sum()
    l.backward()
    w.retain_grad()
    return w
