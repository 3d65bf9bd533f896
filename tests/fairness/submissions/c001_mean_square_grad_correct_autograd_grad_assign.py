import torch


def mean_square_grad(x):
    """out = mean(3 (x+2)^2); x.grad filled from torch.autograd.grad."""
    out = (3 * (x + 2) ** 2).mean()
    (g,) = torch.autograd.grad(out, x)
    x.grad = g if x.grad is None else x.grad + g
    return out
