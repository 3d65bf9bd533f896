import torch


def partial_grads(x, y, z):
    out = torch.mean(x * x * y)
    grads = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    gx, gy, gz = [g if g is not None else torch.zeros_like(z) for g in grads]
    out.backward()
    return gx, gy, gz
