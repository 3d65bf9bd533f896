import torch
from torch.func import hessian


def lse(t):
    return torch.log(torch.exp(t).sum())


def logsumexp_hessian(x):
    H = hessian(lse)(x)
    return H
