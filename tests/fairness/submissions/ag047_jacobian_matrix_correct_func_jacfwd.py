import torch


def _f(t):
    return t ** 2 * t.sum()


def jacobian_matrix(x):
    return torch.func.jacfwd(_f)(x)
