"""Right answer: torch.func.grad of a closure that sums sin(a x) + a/2 x^2 over every entry; the
returned function is not called."""
import torch
from torch.func import grad


def make_grad(a):
    a = float(a)

    def f(x):
        return (torch.sin(a * x) + 0.5 * a * x ** 2).sum()

    return grad(f)
