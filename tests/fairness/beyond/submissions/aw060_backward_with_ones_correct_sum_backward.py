import torch


def quadratic_backward_ones(x):
    f = 2 * x.pow(2) + 5 * x + 6
    f.sum().backward()
    return f
