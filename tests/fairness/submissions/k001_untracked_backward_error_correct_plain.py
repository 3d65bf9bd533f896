import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y ** 2).mean()
    z.backward()
    return z
