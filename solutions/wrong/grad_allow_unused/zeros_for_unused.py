"""materialize_grads=True turns the None for z into zeros.

fails: gz_none, grads_hidden
diagnosis: None
description: replaces the None for z by a tensor of zeros (materialize_grads)
mistakes: type
"""

import torch


def partial_grads(x, y, z):
    out = (x**2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True, materialize_grads=True)
    out.backward()
    return gx, gy, gz
