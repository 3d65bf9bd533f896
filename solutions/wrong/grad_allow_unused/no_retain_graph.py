"""grad() frees the graph; the backward() after it raises.

fails: gx, x_grad, x_passes
diagnosis: raised|second time|retain_graph
description: calls torch.autograd.grad without retain_graph=True, which frees the graph, so out.backward() raises afterwards
mistakes: exception
"""

import torch


def partial_grads(x, y, z):
    out = (x**2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True)
    out.backward()
    return gx, gy, gz
