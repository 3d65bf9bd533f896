"""vector_backward: correct; writes the square as a product and passes v with the gradient= keyword."""
import torch


def vector_backward(x, v):
    y = x + 2
    z = 3 * y * y
    assert z.shape == x.shape
    z.backward(gradient=v)
    return z
