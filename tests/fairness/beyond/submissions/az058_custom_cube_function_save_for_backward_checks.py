"""Right answer: Cube saves x with ctx.save_for_backward and returns 3 x^2 * grad_output built from torch
ops; custom_cube checks v's shape, applies Cube once and calls out.backward(v) once."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        grad_x = 3 * x ** 2 * grad_output
        return grad_x


def custom_cube(x, v):
    if v.shape != x.shape:
        raise ValueError("v must have the shape of x")
    out = Cube.apply(x)
    out.backward(v)
    return out
