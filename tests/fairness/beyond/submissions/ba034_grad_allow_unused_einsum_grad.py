"""Right answer: out via einsum over every entry, one torch.autograd.grad call for [x, y, z] with
allow_unused=True and retain_graph=True, then out.backward()."""
import torch


def partial_grads(x, y, z):
    out = torch.einsum('...,...->', x * x, y)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    out.backward()
    assert gz is None
    return gx, gy, gz
