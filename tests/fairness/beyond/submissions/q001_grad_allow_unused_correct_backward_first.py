import torch


def partial_grads(x, y, z):
    out = (x.square() * y).sum()
    out.backward(retain_graph=True)          # x.grad, y.grad
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True)
    return gx, gy, gz
