"""Correct: w = 10 * p with retain_grad() before backward, the sum of squares written with torch.einsum
over the flattened w (any shape), returns w itself."""
import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    flat = w.reshape(-1)
    l = torch.einsum("i,i->", flat, flat)
    l.backward()
    return w
