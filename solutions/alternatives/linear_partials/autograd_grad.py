"""torch.autograd.grad for all three partials at once, written into the .grad fields."""

import torch


def linear_partials(x, w, b):
    y = w * x + b
    x.grad, w.grad, b.grad = torch.autograd.grad(y, [x, w, b])
    return y
