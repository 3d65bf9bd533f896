"""The loss in float64 through a helper; the gradient flows back to the float32 p."""

import torch


def gap_loss(p64):
    gap = p64 - torch.pow(p64, 2)
    return (gap * gap).sum()


def square_gap_grad(p: torch.Tensor) -> torch.Tensor:
    loss = gap_loss(p.double())
    loss.backward()
    print("loss:", loss.item(), "grad:", p.grad)
    return loss
