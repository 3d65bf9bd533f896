"""w * w for the square, torch.sum, and torch.autograd.backward(l) instead of l.backward()."""

import torch


def _scaled(p):
    return p * 10.0


def retained_nonleaf_grad(p):
    w = _scaled(p)
    w.retain_grad()
    l = torch.sum(w * w)
    torch.autograd.backward(l)
    return w
