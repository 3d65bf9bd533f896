import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    if gz is None:
        gz = torch.zeros_like(z)
    out.backward()
    return gx, gy, gz
