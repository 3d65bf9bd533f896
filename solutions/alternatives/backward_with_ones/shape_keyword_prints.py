"""v built from f's shape and dtype, passed as gradient=, x*x for the square, prints."""

import torch


def quadratic_backward_ones(x):
    f = 2 * x * x + 5 * x + 6
    v = torch.ones(f.shape, dtype=f.dtype)
    f.backward(gradient=v)
    print("f =", f)
    print("df/dx =", x.grad)
    return f
