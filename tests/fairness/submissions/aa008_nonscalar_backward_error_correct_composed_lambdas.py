import torch

shift = lambda t: t + 2
scaled_square = lambda t: 3 * t ** 2


def unreduced_backward(x):
    z = scaled_square(shift(x))
    # no argument on purpose: only fine for one-element z
    z.backward()
    return z
