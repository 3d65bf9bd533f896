"""untracked_backward_error: switches requires_grad on inside the function when x is untracked (mistake: no error is raised then)."""
import torch


def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y ** 2).mean()
    z.backward()
    return z
