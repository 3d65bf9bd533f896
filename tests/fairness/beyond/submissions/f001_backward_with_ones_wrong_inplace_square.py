import torch


def quadratic_backward_ones(x):
    sq = x.data
    sq.mul_(x.data)            # x squared, without an extra tensor
    f = 2 * sq + 5 * x + 6
    f.backward(torch.ones_like(f))
    return f
