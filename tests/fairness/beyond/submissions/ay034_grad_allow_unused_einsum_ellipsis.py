"""Correct: out = sum x^2 y written with torch.einsum over any shape, one torch.autograd.grad call with
allow_unused and retain_graph, then out.backward()."""
import torch


def partial_grads(x, y, z):
    out = torch.einsum("...,...->", x * x, y)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    out.backward()
    return gx, gy, gz
