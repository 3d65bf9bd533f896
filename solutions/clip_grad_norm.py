"""Reference solution: clip_grad_norm."""

import torch


def clipped_gradient(w: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    return torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
