import torch
from torch.func import hessian


def f(x):
    return torch.log(torch.exp(x).sum())


def logsumexp_hessian(x):
    return hessian(f)(x)
