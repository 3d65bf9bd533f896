import torch


def quadratic_backward_ones(x):
    f = (2 * x + 5) * x + 6
    torch.autograd.backward(f, torch.ones_like(f))
    return f
