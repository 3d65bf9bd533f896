"""custom_cube_function: identity function."""

import torch


class Cube(torch.autograd.Function):
    """A custom autograd function."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clone()

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * torch.ones_like(x)


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
