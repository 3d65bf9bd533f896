"""Autograd exercises: my answer for `backward_with_ones`."""

import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones(f.shape[0])
    f.backward(v)
    return f
