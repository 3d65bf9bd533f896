"""Autograd exercises: my answer for `untracked_backward_error`."""

import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).mean()
    try:
        z.backward()
    except RuntimeError as e:
        print("no graph:", e)
    return z
