import torch


def backward_untracked_mean(x):
    shift = lambda t: t.add(2)
    mean_sq = lambda t: t.pow(2).mul(2).mean()
    z = mean_sq(shift(x))
    z.backward()
    return z
