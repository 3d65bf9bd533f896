r"""Wrong: g switches requires_grad on for the x it is given, to call torch.autograd.grad on it.

fails: x_left_alone
description: g calls x.requires_grad_() on the caller's x: the gradient is right, but x is changed, which the prompt forbids
mistakes: requires_grad
"""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x ** 2).sum()

    def g(x):
        x.requires_grad_()
        (gx,) = torch.autograd.grad(f(x), x)
        return gx

    return g
