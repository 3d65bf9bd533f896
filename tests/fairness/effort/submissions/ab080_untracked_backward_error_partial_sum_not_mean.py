"""untracked_backward_error: sum not mean."""

import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).sum()
    z.backward()
    return z
