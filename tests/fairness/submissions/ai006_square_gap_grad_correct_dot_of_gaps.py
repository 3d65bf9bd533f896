"""Answer to square_gap_grad (dot_of_gaps)."""

import torch

def square_gap_grad(p):
    w = p * p
    d = p - w
    loss = torch.dot(d.reshape(-1), d.reshape(-1))   # sum of squared gaps
    loss.backward()
    return loss
