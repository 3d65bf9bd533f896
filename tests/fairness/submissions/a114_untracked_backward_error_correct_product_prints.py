import torch


def backward_untracked_mean(x):
    y = x + 2
    z = 2 * y * y
    z = z.mean()
    print("requires_grad:", x.requires_grad, "grad_fn:", z.grad_fn)
    z.backward()
    return z
