import torch


def vector_backward(x, v):
    z = x.add(2)   # a new tensor, so the in-place steps below do not touch x
    z.pow_(2)
    z.mul_(3)
    z.backward(v)
    return z
