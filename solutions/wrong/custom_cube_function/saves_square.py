"""Saves x^2 rather than x (a common memory trade), and backward via torch.autograd.backward."""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        sq = x * x
        ctx.save_for_backward(sq)
        return sq * x

    @staticmethod
    def backward(ctx, g):
        (sq,) = ctx.saved_tensors
        return 3.0 * sq * g


def custom_cube(x, v):
    out = Cube.apply(x)
    torch.autograd.backward(out, grad_tensors=v)
    print("grad:", x.grad)
    return out
