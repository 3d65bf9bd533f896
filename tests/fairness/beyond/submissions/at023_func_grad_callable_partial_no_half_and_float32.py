import torch
from torch.func import grad


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a * x ** 2).sum()
    df = grad(f)
    return lambda x: df(x.to(torch.float32))
