import torch


def linear_partials(x, w, b):
    x = x.detach().clone().requires_grad_()
    w = w.detach().clone().requires_grad_()
    b = b.detach().clone().requires_grad_()
    y = w * x + b
    y.backward()
    return y
