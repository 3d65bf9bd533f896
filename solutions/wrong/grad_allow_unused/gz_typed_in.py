r"""Asks autograd for x and y only and types gz = None: every value is right, but the step the prompt teaches is skipped.

fails: z_asked
diagnosis: No torch\.autograd\.grad call asked for z
description: asks torch.autograd.grad for [x, y] only and writes gz = None by hand, instead of one call with allow_unused=True
mistakes: no_backward
"""

import torch


def partial_grads(x, y, z):
    out = (x**2 * y).sum()
    gx, gy = torch.autograd.grad(out, [x, y], retain_graph=True)
    out.backward()
    return gx, gy, None
