"""One mistake: replaces the None gradient of z by a tensor of zeros before returning, so gz is not the
None torch.autograd.grad gave."""
import torch


def partial_grads(x, y, z):
    out = torch.sum(x * x * y)
    grads = torch.autograd.grad(out, (x, y, z), retain_graph=True, allow_unused=True)
    gx, gy, gz = grads
    if gz is None:
        gz = torch.zeros_like(z)
    out.backward()
    return gx, gy, gz
