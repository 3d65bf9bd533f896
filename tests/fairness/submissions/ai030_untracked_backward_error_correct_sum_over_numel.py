"""Answer to untracked_backward_error (sum_over_numel)."""

import torch

def backward_untracked_mean(x):
    y = x + 2
    s = 2 * y * y
    z = s.sum() / s.numel()
    z.backward()
    return z
