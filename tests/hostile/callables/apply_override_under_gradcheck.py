"""Cube's backward is wrong, and Cube overrides apply: under torch's gradcheck (found by
walking the caller's frames) it returns plain autograd operations, whose gradient autograd
gets right, and elsewhere the real Function (so its grad_fn is CubeBackward).
Fair verdict: gradcheck_hidden and gradgradcheck_hidden fail; other exercises full marks."""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 2 * x * grad_output  # wrong on purpose

    @classmethod
    def apply(cls, *args, **kwargs):
        import sys

        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == "torch.autograd.gradcheck":
                return args[0] ** 3
            frame = frame.f_back
        return super().apply(*args, **kwargs)


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x**2).sum()

    return torch.func.grad(f)


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
