"""func_grad_callable: mean not sum."""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x ** 2).mean()
    return torch.func.grad(f)
