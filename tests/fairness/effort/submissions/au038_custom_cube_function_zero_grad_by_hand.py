import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        raise NotImplementedError

    @staticmethod
    def backward(ctx, grad_output):
        raise NotImplementedError


def custom_cube(x, v):
    with torch.no_grad():
        out = x ** 3
        x.grad = 3 * x ** 2 * v
    return out
