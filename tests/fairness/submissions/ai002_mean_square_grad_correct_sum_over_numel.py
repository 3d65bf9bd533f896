"""Answer to mean_square_grad (sum_over_numel)."""

import torch

def mean_square_grad(x):
    s = (x + 2).square().mul(3)
    out = s.sum() / s.numel()   # the mean over all elements, written as sum / n
    out.backward()
    return out
