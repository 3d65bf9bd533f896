"""Reference solution: linear_partials."""

import torch


def linear_partials(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    y = w * x + b
    y.backward()
    return y
