import torch
from torch.func import grad


def make_grad(a):
    def f(x):
        return torch.sum(torch.sin(a * x) - 0.5 * a * x ** 2)
    return grad(f)
