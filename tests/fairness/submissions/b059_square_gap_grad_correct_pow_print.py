import numpy as np
import torch


def square_gap_grad(p: torch.Tensor) -> torch.Tensor:
    """l = sum (p - p^2)^2; the gradient flows through both paths."""
    w = torch.pow(p, 2)
    gap = p - w
    loss = (gap * gap).sum()
    loss.backward()
    print("loss:", loss.item())
    print("grad:", p.grad)
    return loss
