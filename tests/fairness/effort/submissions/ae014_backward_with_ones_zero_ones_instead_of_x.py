import torch


def quadratic_backward_ones(x):
    t = torch.ones_like(x, requires_grad=True)
    f = 2 * t ** 2 + 5 * t + 6
    f.backward(torch.ones_like(f))
    return f
