import torch


def _shift(t):
    return t + 2.0


def _three_squared(t):
    return 3.0 * t ** 2


def unreduced_backward(x):
    z = _three_squared(_shift(x))
    z.backward()
    return z
