import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.backward(torch.ones_like(z))
    return z
