"""The sum of squares as a dot product of the flattened gaps with themselves."""

import torch


def square_gap_grad(p):
    gaps = (p - p**2).reshape(-1)
    loss = torch.dot(gaps, gaps)
    loss.backward()
    return loss
