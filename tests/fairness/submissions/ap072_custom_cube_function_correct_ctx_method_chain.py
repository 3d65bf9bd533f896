import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x * x

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return x.pow(2).mul(3).mul(grad_output)


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(gradient=v)
    return out
