import torch


def quadratic_backward_ones(x):
    x = x.detach().clone().requires_grad_(True)   # keep the input safe
    f = 2 * x ** 2 + 5 * x + 6
    f.backward(torch.ones_like(f))
    return f
