"""One mistake: the returned g switches requires_grad on for the caller's x itself (x.requires_grad_())
before torch.autograd.grad, so x is left tracked; the gradient values are right."""
import torch


def make_grad(a):
    def f(t):
        return torch.sum(torch.sin(a * t) + a / 2 * t ** 2)

    def g(x):
        x.requires_grad_(True)
        return torch.autograd.grad(f(x), x)[0]

    return g
