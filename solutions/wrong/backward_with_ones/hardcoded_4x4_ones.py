"""Wrong: the vector is torch.ones(4, 4) as in the tutorial, whatever the shape of f."""

import torch


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward(torch.ones(4, 4))
    return f
