import torch


def vector_backward(x, v):
    z = x.add(2).pow(2).mul(3)
    z.backward(gradient=v)
    return z
