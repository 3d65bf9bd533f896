import torch


def _poly(t):
    # Horner form of 2t^2 + 5t + 6
    return (2 * t + 5) * t + 6


def quadratic_backward_ones(x):
    f = _poly(x)
    f.backward(gradient=torch.full_like(f, 1.0))
    return f
