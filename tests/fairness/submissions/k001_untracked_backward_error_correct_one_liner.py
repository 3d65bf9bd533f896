import torch


def backward_untracked_mean(x):
    z = 2 * ((x + 2) ** 2).mean()
    z.backward()
    return z
