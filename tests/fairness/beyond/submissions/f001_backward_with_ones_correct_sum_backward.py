import torch


def quadratic_backward_ones(x):
    # summing first gives the same gradient as backward with ones
    f = 2 * x ** 2 + 5 * x + 6
    f.sum().backward()
    return f
