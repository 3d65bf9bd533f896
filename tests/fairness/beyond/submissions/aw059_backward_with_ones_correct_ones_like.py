import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones_like(f)
    f.backward(v)
    return f
