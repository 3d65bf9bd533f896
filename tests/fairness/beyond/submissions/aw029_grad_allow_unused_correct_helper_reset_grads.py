import torch


def _out(x, y):
    return (x * x * y).sum()


def partial_grads(x, y, z):
    out = _out(x, y)
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    x.grad = None
    y.grad = None
    torch.autograd.backward(out)
    return gx, gy, gz
