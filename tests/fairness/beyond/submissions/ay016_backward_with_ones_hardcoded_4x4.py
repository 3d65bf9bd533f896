"""One mistake: v is hard-coded as torch.ones(4, 4) instead of torch.ones_like(f), so it only works on
4x4 inputs (other shapes fail or broadcast wrongly)."""
import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones(4, 4)
    f.backward(v)
    return f
