import torch


def jacobian_matrix(x):
    f = lambda t: torch.mul(torch.square(t), t.sum())
    return torch.func.jacfwd(f)(x)
