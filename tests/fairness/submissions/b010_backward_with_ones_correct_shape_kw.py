import torch


def quadratic_backward_ones(x):
    """f = 2x^2 + 5x + 6 element-wise; backprop a vector of ones."""
    f = 2 * x * x + 5 * x + 6
    v = torch.ones(f.shape, dtype=f.dtype)
    f.backward(gradient=v)
    return f
