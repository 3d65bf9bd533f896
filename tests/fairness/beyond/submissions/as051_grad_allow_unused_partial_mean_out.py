import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).mean()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    out.backward()
    return gx, gy, gz
