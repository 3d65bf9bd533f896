import torch


def quadratic_backward_ones(x):
    f = 2 * x * x + 5 * x + 6
    # f has the same shape as x, so ones shaped like x fit too
    f.backward(torch.ones_like(x))
    return f
