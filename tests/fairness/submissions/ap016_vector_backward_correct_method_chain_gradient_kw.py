import torch


def vector_backward(x, v):
    z = (x + 2).square().mul(3)
    z.backward(gradient=v)
    return z
