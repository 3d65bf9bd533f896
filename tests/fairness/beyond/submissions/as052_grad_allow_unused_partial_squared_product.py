import torch


def partial_grads(x, y, z):
    out = ((x * y) ** 2).sum()
    gx, gy, gz = torch.autograd.grad(out, (x, y, z), retain_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
