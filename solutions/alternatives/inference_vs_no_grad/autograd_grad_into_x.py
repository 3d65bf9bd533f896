"""torch.autograd.grad for the first pass, stored in x.grad; the failing pass also through grad()."""

import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2.0
    with torch.inference_mode():
        b = x * 2.0
    x.grad = torch.autograd.grad((a * x).sum(), x)[0]
    try:
        torch.autograd.grad((b * x).sum(), x)
    except RuntimeError as e:
        return a, b, e
    return a, b, None
