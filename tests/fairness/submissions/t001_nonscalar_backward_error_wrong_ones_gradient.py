import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    z.backward(torch.ones_like(z))
    return z
