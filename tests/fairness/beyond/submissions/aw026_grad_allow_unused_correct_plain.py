import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
    out.backward()
    return (gx, gy, gz)
