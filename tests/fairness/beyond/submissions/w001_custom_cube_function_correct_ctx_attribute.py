import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return x * x * x

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.x
        return grad_output * 3 * x * x


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(gradient=v)
    return out
