import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        pass

    @staticmethod
    def backward(ctx, grad_output):
        pass


def custom_cube(x, v):
    out = Cube.apply(x)
    return out
