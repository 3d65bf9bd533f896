"""Answer to retain_grad_nonleaf (float64_loss)."""

import torch

def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = (w.double() ** 2).sum()
    l.backward()
    return w
