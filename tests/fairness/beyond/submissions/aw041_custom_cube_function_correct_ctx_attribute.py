import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return torch.pow(x, 3)

    @staticmethod
    def backward(ctx, grad_output):
        x = ctx.x
        return torch.mul(grad_output, 3 * torch.square(x))


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
