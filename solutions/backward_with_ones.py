"""Reference solution: backward_with_ones."""

import torch


def quadratic_backward_ones(x: torch.Tensor) -> torch.Tensor:
    f = 2 * (x * x) + 5 * x + 6
    f.backward(torch.ones_like(f))
    return f
