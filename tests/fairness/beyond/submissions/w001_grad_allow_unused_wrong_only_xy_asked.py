import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    # z is not used, so its gradient is None anyway
    gx, gy = torch.autograd.grad(out, [x, y], retain_graph=True)
    gz = None
    out.backward()
    return gx, gy, gz
