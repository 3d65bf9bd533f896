import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return None

    @staticmethod
    def backward(ctx, grad_output):
        return None


def custom_cube(x, v):
    return None
