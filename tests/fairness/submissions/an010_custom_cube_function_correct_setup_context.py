import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return torch.pow(x, 3)

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x.pow(2) * 3


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(gradient=v)
    return out
