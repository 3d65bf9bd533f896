"""Autograd exercises: my answer to func_grad_callable."""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x ** 2).sum()
    return lambda x: torch.func.grad(f)(x.float())
