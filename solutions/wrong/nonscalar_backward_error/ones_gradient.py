"""Wrong: a gradient of ones makes backward() work for any shape, so the expected error never comes."""

import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    z.backward(torch.ones_like(z))
    return z
