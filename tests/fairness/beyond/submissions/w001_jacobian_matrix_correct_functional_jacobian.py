import torch


def f(x):
    return x ** 2 * x.sum()


def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(f, x)
