"""Reference solution: square_gap_grad."""

import torch


def square_gap_grad(p: torch.Tensor) -> torch.Tensor:
    w = p**2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
