"""Answer to untracked_backward_error (float64_cast_back)."""

import torch

def backward_untracked_mean(x):
    y = x.double() + 2
    z = (2 * y ** 2).mean().to(x.dtype)
    z.backward()
    return z
