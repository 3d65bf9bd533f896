"""One mistake: turns requires_grad on inside the function when x is not tracked, so backward() never
raises for an untracked x (and the caller's x is changed to require grad)."""
import torch


def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y ** 2).mean()
    z.backward()
    return z
