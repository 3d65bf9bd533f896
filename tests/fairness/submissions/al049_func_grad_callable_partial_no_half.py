"""Autograd exercises: my answer for `func_grad_callable`."""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a * x ** 2).sum()
    return torch.func.grad(f)
