"""One mistake: backward computes with x.detach(), which the prompt forbids: first derivatives are
right but gradgradcheck cannot differentiate through backward."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        xd = x.detach()
        return 3 * xd ** 2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
