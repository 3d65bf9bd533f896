"""torch.func.jacrev of a scalar function (its Jacobian is the gradient), a taken in with functools.partial."""

import functools

import torch
from torch.func import jacrev


def f(x, a):
    return (x.mul(a).sin() + x.pow(2) * (a / 2)).sum()


def make_grad(a):
    return jacrev(functools.partial(f, a=a))
