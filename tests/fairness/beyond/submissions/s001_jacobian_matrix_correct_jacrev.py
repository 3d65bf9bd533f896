import torch
from torch.func import jacrev


def f(x):
    return x.pow(2) * torch.sum(x)


def jacobian_matrix(x):
    return jacrev(f)(x)
