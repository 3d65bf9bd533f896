"""Saves x, backward with square() and mul, the pass through torch.autograd.backward."""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.pow(3)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g.mul(x.square()).mul(3.0)


def custom_cube(x, v):
    out = Cube.apply(x)
    torch.autograd.backward(out, grad_tensors=v)
    return out
