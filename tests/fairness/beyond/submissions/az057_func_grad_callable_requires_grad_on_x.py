"""One mistake: g switches requires_grad on for the caller's x itself and calls backward on it, so x
is left requiring grad with a .grad (the values returned are right)."""
import torch


def make_grad(a):
    def g(x):
        x.requires_grad_(True)
        f = (torch.sin(a * x) + a / 2 * x ** 2).sum()
        x.grad = None
        f.backward()
        return x.grad.clone()
    return g
