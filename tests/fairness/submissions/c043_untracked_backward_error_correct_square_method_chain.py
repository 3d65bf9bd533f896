import torch


def backward_untracked_mean(x):
    y = x + 2
    z = y.square().mul(2).mean()
    z.backward()
    return z
