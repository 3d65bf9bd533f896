"""Autograd exercises: my answer for `func_grad_callable`."""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x ** 2).sum()
    gf = torch.func.grad(f)
    return lambda x: gf(x).float()
