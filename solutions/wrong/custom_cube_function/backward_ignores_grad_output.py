r"""backward forgets grad_output; right only when it is all ones.

fails: x_grad, x_grad_hidden
diagnosis: x\.grad
description: backward returns 3 x^2 without multiplying by grad_output (right only for a gradient of ones)
example: true
mistakes: operation
"""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
