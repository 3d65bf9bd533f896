"""hessian_logsumexp: correct; torch.func.hessian of torch.logsumexp over dim 0."""
import torch
from torch.func import hessian


def logsumexp_hessian(x):
    def f(t):
        return torch.logsumexp(t, dim=0)

    return hessian(f)(x)
