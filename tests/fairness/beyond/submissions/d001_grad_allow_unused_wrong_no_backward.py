import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    return torch.autograd.grad(out, [x, y, z], allow_unused=True)
