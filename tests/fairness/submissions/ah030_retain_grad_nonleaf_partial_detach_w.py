"""Autograd exercises: my answer to retain_grad_nonleaf."""

import torch


def retained_nonleaf_grad(p):
    w = (10 * p).detach().requires_grad_()
    w.retain_grad()
    l = (w ** 2).sum()
    l.backward()
    return w
