import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.x
        return 3 * x ** 2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
