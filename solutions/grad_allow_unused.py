"""Reference solution: grad_allow_unused."""

import torch


def partial_grads(x: torch.Tensor, y: torch.Tensor, z: torch.Tensor):
    out = (x**2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    out.backward()
    return gx, gy, gz
