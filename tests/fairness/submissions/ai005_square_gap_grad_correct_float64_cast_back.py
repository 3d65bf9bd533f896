"""Answer to square_gap_grad (float64_cast_back)."""

import torch

def square_gap_grad(p):
    pd = p.double()
    w = pd ** 2
    loss = ((pd - w) ** 2).sum().to(p.dtype)
    loss.backward()
    return loss
