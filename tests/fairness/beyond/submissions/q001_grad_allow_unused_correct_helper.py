import torch


def f(x, y):
    return (x * x * y).sum()


def partial_grads(x, y, z):
    inputs = [x, y, z]
    out = f(x, y)
    gx, gy, gz = torch.autograd.grad(out, inputs, retain_graph=True, allow_unused=True,
                                     materialize_grads=False)
    out.backward(inputs=None)
    return gx, gy, gz
