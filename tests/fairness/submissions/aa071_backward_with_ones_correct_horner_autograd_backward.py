import torch


def quadratic_backward_ones(x):
    f = (2 * x + 5) * x + 6          # Horner form of 2x^2 + 5x + 6
    torch.autograd.backward(f, grad_tensors=torch.ones_like(f))
    return f
