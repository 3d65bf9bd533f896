import torch
from torch.func import hessian


def f(t):
    return torch.log(torch.sum(torch.exp(t)))


def logsumexp_hessian(x):
    return hessian(f)(x)
