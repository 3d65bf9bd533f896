"""A typed helper for the loss, Python floats for the data, and the old-style w.data update."""

from typing import List

import torch


def sample_loss(w: torch.Tensor, x: float, y: float) -> torch.Tensor:
    residual = w * x - y
    return residual * residual


def sgd_pass_with_zeroing(w: torch.Tensor, x_data: torch.Tensor, y_data: torch.Tensor, lr: float) -> List[torch.Tensor]:
    recorded: List[torch.Tensor] = []
    for x, y in zip(x_data.tolist(), y_data.tolist()):
        sample_loss(w, x, y).backward()
        recorded.append(w.grad.clone())
        w.data -= lr * w.grad  # .data: the update is not recorded, w stays a leaf
        w.grad.zero_()
    return recorded
