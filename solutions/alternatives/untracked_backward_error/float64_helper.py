"""A helper computes the mean in float64 (x.double()); backward() still fails on its own for untracked x."""

import torch


def mean_of_squares(x: torch.Tensor) -> torch.Tensor:
    y = x.double() + 2.0
    return (2.0 * y * y).mean()


def backward_untracked_mean(x):
    z = mean_of_squares(x)
    z.backward()
    return z
