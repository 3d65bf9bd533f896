import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x2 = x * x
        ctx.save_for_backward(x2)
        return x2 * x

    @staticmethod
    def backward(ctx, grad_output):
        (x2,) = ctx.saved_tensors
        return 3 * x2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.sum().backward()
    return out
