"""One mistake: backward computes with x.detach(), so first derivatives are right but the backward is not
differentiable (gradgradcheck fails)."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        x = x.detach()
        return 3 * x ** 2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out
