"""Right answer: Cube in the newer form, forward(x) plus setup_context saving x with
save_for_backward; backward builds 3 x^2 * grad_output with torch ops; custom_cube calls
out.backward(v) once."""
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
        return grad_output * 3 * x ** 2


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
