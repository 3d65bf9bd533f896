import functools
import torch
from torch.func import grad


def f(x, a):
    return torch.sum(torch.sin(a * x)) + a / 2 * torch.sum(x ** 2)


def make_grad(a):
    return grad(functools.partial(f, a=a))
