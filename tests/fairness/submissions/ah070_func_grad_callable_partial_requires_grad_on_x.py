"""Autograd exercises: my answer to func_grad_callable."""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x ** 2).sum()
    def g(x):
        x.requires_grad_()
        (gx,) = torch.autograd.grad(f(x), x)
        return gx
    return g
