import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    # derivative of 2x^2 + 5x + 6
    x.grad = 4 * x.detach() + 5
    return f
