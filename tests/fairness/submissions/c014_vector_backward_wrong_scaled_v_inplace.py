import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    v /= v.abs().max()       # normalise the direction first
    z.backward(v)
    return z
