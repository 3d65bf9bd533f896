import torch


def linear_partials(x, w, b):
    y = x * w + b
    y.backward(torch.ones_like(y))
    return y
