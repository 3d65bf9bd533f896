import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    # backward needs a scalar, so reduce first
    z.sum().backward()
    return z
