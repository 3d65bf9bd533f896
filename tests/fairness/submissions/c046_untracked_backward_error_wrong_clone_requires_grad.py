import torch


def backward_untracked_mean(x):
    xt = x.clone().requires_grad_()   # work on a tracked copy
    y = xt + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
