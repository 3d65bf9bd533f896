import torch


def unreduced_backward(x):
    x.data += 2
    z = 3 * x ** 2
    z.backward()
    return z
