"""Answer to backward_with_ones (float64_sum_backward)."""

import torch

def quadratic_backward_ones(x):
    xd = x.double()
    f = (2 * xd ** 2 + 5 * xd + 6).to(x.dtype)
    f.sum().backward()             # accepted by the prompt, same gradient
    return f
