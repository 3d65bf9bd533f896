"""Half done: forward and custom_cube are right, but Cube.backward was left as a placeholder that returns
None, so no gradient reaches x."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        # TODO: 3 x^2 * grad_output
        return None


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
