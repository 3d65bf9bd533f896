import torch


def unreduced_backward(x):
    z = (x + 2).pow(2).mul(3)
    z.backward()
    return z
