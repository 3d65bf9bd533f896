"""mean_square_grad: uses .sum() instead of .mean() for out (mistake: sum for a mean); backward otherwise right."""
import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out
