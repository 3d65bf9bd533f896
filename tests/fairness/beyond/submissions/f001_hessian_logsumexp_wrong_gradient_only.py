import torch
from torch.func import jacrev


def logsumexp_hessian(x):
    f = lambda t: torch.logsumexp(t, dim=0)
    return jacrev(f)(x)
