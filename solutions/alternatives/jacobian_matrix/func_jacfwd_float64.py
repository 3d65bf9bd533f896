"""Forward mode, torch.func.jacfwd, in float64 with a print."""

import torch
from torch.func import jacfwd


def f(x):
    return torch.pow(x, 2) * torch.sum(x)


def jacobian_matrix(x):
    jac = jacfwd(f)(x.to(torch.float64))
    print(jac)
    return jac
