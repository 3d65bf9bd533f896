"""Half done, two mistakes: backward returns 3 x^2 without multiplying by grad_output, and
custom_cube calls out.sum().backward() instead of out.backward(v) (forward is right)."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2


def custom_cube(x, v):
    out = Cube.apply(x)
    out.sum().backward()
    return out
