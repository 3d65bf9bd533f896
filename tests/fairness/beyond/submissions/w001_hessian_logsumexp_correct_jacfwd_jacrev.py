import torch
from torch.func import jacfwd, jacrev


def logsumexp_hessian(x):
    f = lambda v: v.logsumexp(-1)
    return jacfwd(jacrev(f))(x)
