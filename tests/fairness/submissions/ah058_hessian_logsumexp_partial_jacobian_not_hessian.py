"""Autograd exercises: my answer to hessian_logsumexp."""

import torch


def logsumexp_hessian(x):
    def f(u):
        return torch.logsumexp(u, dim=0)
    return torch.autograd.functional.jacobian(f, x)
