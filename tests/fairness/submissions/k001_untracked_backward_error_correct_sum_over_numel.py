import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y.square()).sum() / x.numel()
    z.backward()
    return z
