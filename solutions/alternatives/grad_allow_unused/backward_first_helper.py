"""A helper builds out; backward() keeps the graph and runs first, grad() second."""

import torch


def _out(x, y):
    return (x.pow(2) * y).sum()


def partial_grads(x, y, z):
    out = _out(x, y)
    out.backward(retain_graph=True)
    res = torch.autograd.grad(out, [x, y, z], allow_unused=True)
    print("gradients:", res)
    return res[0], res[1], res[2]
