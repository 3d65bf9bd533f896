"""Answer to backward_with_ones (horner)."""

import torch

def quadratic_backward_ones(x):
    f = (2 * x + 5) * x + 6        # 2x^2 + 5x + 6 in Horner form
    f.backward(torch.ones_like(f))
    return f
