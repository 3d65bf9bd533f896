"""The loss computed in float64 (w.double()); the gradients flow back to float32 w and p."""

import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = w.double().pow(2).sum()
    l.backward()
    return w
