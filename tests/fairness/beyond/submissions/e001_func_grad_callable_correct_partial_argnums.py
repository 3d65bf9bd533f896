import functools

import torch


def _f(x, a):
    return torch.sum(torch.sin(a * x)) + torch.sum(a / 2 * torch.square(x))


def make_grad(a):
    grad_f = torch.func.grad(_f, argnums=0)
    return functools.partial(grad_f, a=a)
