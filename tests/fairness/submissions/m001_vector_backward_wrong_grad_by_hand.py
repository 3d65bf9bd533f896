import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    x.grad = 6 * (x.detach() + 2) * v
    return z
