"""Without allow_unused=True, grad() refuses z, which out does not use.

fails: gx, gy, gz_none, x_grad, grads_hidden
diagnosis: allow_unused|raised
description: asks for the gradient of z without allow_unused=True, so grad() raises
example: true
mistakes: exception
"""

import torch


def partial_grads(x, y, z):
    out = (x**2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True)
    out.backward()
    return gx, gy, gz
