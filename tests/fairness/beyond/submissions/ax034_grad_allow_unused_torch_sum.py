"""grad_allow_unused: correct; torch.sum(x * x * y), one grad call over [x, y, z] with allow_unused and retain_graph, then backward."""
import torch


def partial_grads(x, y, z):
    out = torch.sum(x * x * y)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    out.backward()
    assert gz is None
    return gx, gy, gz
