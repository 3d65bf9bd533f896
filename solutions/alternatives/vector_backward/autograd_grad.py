"""torch.autograd.grad with grad_outputs=v, its result stored in x.grad."""

import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    (vjp,) = torch.autograd.grad(z, x, grad_outputs=v)
    x.grad = vjp
    return z
