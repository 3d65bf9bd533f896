import torch


def _z_of(x):
    y = x + 2
    return (y * y * 2).mean()


def backward_untracked_mean(x):
    z = _z_of(x)
    print("requires_grad:", x.requires_grad, "grad_fn:", z.grad_fn)
    z.backward()
    return z
