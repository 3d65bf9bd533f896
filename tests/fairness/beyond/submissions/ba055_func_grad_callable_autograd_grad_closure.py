"""Right answer: returns a closure that differentiates f on a fresh detached copy of x with
torch.autograd.grad under torch.enable_grad() (the prompt allows any callable with the same
gradient); x is never touched."""
import torch


def make_grad(a):
    def f(t):
        return (torch.sin(a * t) + (a / 2) * t ** 2).sum()

    def g(x):
        with torch.enable_grad():
            t = x.detach().clone().requires_grad_(True)
            (grad_t,) = torch.autograd.grad(f(t), t)
        return grad_t.to(dtype=x.dtype)

    return g
