r"""backward misses the factor 3 of the power rule.

fails: x_grad, x_grad_hidden
diagnosis: x\.grad
description: backward returns x^2 * grad_output, forgetting the factor 3
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
        return x**2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
