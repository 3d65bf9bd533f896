"""Half done: uses torch.func.grad_and_value, whose gradient is right, but g(x) returns the pair
(gradient, value) instead of the gradient tensor alone."""
import torch
from torch.func import grad_and_value


def make_grad(a):
    def f(x):
        return torch.sum(torch.sin(a * x) + 0.5 * a * x ** 2)

    return grad_and_value(f)
