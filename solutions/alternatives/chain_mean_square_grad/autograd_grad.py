"""torch.autograd.grad instead of backward(), its result stored in x.grad."""

import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    (x.grad,) = torch.autograd.grad(out, x)
    return y, z, out
