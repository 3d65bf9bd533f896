"""One mistake: g switches requires_grad on for the caller's x itself (x.requires_grad_()), which changes x's
flag; the gradient values, shape and dtype are right."""
import torch


def make_grad(a):
    def g(x):
        x.requires_grad_(True)
        f = (torch.sin(a * x) + (a / 2) * x ** 2).sum()
        (gx,) = torch.autograd.grad(f, x)
        return gx

    return g
