"""Answer to grad_allow_unused (float64_out)."""

import torch

def partial_grads(x, y, z):
    out = (x.double() ** 2 * y.double()).sum()
    gx, gy, gz = torch.autograd.grad(out, (x, y, z), retain_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
