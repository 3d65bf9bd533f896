"""Autograd exercises: my answer to nonscalar_backward_error."""

import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    if z.numel() != 1:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    z.backward()
    return z
