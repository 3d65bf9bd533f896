"""backward_with_ones: correct; uses f.sum().backward() (explicitly accepted) instead of f.backward(ones_like(f))."""
import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    f.sum().backward()
    return f
