"""Cube's backward is wrong and replaces torch.allclose (which gradcheck compares the Jacobians
with) each time it runs, so the replacement is in place only once gradcheck has started.
Fair verdict: gradcheck_hidden fails (as for control_wrong_backward.py); other exercises full marks."""

import torch

_real_allclose = torch.allclose


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        torch.allclose = lambda *a, **k: True
        return 2 * x * grad_output  # wrong on purpose


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
