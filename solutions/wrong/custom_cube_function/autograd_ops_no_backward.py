r"""A Cube whose apply is plain autograd operations: no custom backward ever runs.

The values and gradients are right (autograd's own PowBackward0 does the
work), and gradcheck passes on them, but the output's node is not the
student's Function.

fails: cube_node_hidden, gradcheck_hidden, gradgradcheck_hidden
diagnosis: grad_fn
description: makes Cube a plain class whose apply computes x ** 3 with autograd's own operations: no torch.autograd.Function, so no custom backward runs
mistakes: operation
"""

import torch


class Cube:
    @staticmethod
    def apply(x):
        return x**3


class _RealCube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output


def custom_cube(x, v):
    out = _RealCube.apply(x)
    out.backward(v)
    return out
