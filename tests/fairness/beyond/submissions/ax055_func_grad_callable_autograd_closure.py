"""func_grad_callable: correct; returns a closure that runs torch.autograd.grad on a detached, tracked copy of x (any callable is allowed)."""
import math

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + (a / 2) * x ** 2).sum()

    def g(x):
        xx = x.detach().clone().requires_grad_(True)
        with torch.enable_grad():
            (gx,) = torch.autograd.grad(f(xx), xx)
        return gx

    return g
