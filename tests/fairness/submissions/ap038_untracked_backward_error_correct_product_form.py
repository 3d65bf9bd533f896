import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
