import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    f = f.sum()
    f.backward()
    return f
