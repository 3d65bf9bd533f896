"""Correct: the newer form, forward(x) plus setup_context saving x with save_for_backward; backward builds
3 x^2 * grad_output from torch ops (twice differentiable); custom_cube calls backward(v) once."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x ** 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x * x * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
