"""Autograd exercises: my answer to vector_backward."""

import torch


def vector_backward(x, v):
    z = (3 * (x + 2)) ** 2
    z.backward(v)
    return z
