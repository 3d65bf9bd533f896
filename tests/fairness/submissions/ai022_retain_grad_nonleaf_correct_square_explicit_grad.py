"""Answer to retain_grad_nonleaf (square_explicit_grad)."""

import torch

def retained_nonleaf_grad(p):
    w = p.mul(10)
    w.retain_grad()
    l = w.square().sum()
    l.backward(torch.ones_like(l))
    return w
