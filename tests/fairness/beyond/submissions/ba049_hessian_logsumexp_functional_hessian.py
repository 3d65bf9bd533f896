"""Right answer: torch.autograd.functional.hessian of torch.logsumexp(t, dim=0)."""
import torch
from torch.autograd.functional import hessian


def logsumexp_hessian(x):
    def f(t):
        return torch.logsumexp(t, dim=0)

    H = hessian(f, x)
    assert H.shape == (x.shape[0], x.shape[0])
    return H
