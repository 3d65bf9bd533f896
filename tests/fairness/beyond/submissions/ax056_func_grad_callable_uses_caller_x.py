"""func_grad_callable: g switches requires_grad on for the caller's x and reads x.grad (mistake: changes x, and repeated calls accumulate)."""
import torch


def make_grad(a):
    def g(x):
        x.requires_grad_(True)
        f = (torch.sin(a * x) + a / 2 * x ** 2).sum()
        f.backward()
        return x.grad.clone()

    return g
