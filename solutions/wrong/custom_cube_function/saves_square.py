r"""Saves x^2 computed in forward instead of x: the first derivative is right, the second is lost.

Values computed in forward are made with gradient recording off, so a backward
built from them cannot be differentiated again: gradgradcheck fails.

fails: gradgradcheck_hidden
description: saves x * x computed in forward (off the graph) instead of x, so your backward cannot be differentiated again
mistakes: broken_graph
"""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        sq = x * x
        ctx.save_for_backward(sq)
        return sq * x

    @staticmethod
    def backward(ctx, g):
        (sq,) = ctx.saved_tensors
        return 3.0 * sq * g


def custom_cube(x, v):
    out = Cube.apply(x)
    torch.autograd.backward(out, grad_tensors=v)
    return out
