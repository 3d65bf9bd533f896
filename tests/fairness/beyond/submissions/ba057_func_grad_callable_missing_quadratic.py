"""Half done: torch.func.grad is used the intended way, but f leaves out the (a/2) x^2 term, so g is
the right gradient of a simpler function (a cos(a x) only)."""
import torch
from torch.func import grad


def make_grad(a):
    def f(x):
        return torch.sin(a * x).sum()

    return grad(f)
