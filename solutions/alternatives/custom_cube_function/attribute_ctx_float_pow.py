"""x kept as a ctx attribute (the input itself, so backward stays differentiable), torch.pow, and a dot with v as the scalar."""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return torch.pow(x, 3)

    @staticmethod
    def backward(ctx, grad_output):
        return torch.pow(ctx.x, 2) * 3 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    (out * v).sum().backward()
    return out
