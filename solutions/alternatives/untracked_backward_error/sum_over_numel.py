"""The mean written as sum() / numel(): the same value and gradient as mean()."""

import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y**2).sum() / y.numel()
    z.backward()
    return z
