"""Answer to custom_cube_function (reordered_backward)."""

import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x * x

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * 3 * x * x


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
