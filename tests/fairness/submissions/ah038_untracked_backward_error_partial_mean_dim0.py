"""Autograd exercises: my answer to untracked_backward_error."""

import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).mean(dim=0)
    z.backward()
    return z
