import torch


def unreduced_backward(x):
    z = 3 * (x + 2).pow(2)
    z.backward()
    return z
