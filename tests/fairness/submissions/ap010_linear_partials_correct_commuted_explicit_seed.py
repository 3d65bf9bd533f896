import torch


def linear_partials(x, w, b):
    y = b + x * w
    y.backward(torch.ones_like(y))
    return y
