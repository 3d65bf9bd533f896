import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy = torch.autograd.grad(out, [x, y], retain_graph=True)
    out.backward()
    return gx, gy, None  # could not get z to work
