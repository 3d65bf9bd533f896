import torch


def partial_grads(x, y, z):
    # add 0 * z so that out "uses" z and grad() does not complain
    out = (x ** 2 * y + 0 * z).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True)
    out.backward()
    return gx, gy, gz
