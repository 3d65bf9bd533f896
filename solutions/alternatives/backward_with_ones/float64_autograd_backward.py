"""f in float64 (x.double()), torch.autograd.backward with grad_tensors, a helper for the polynomial."""

import torch


def poly(t: torch.Tensor) -> torch.Tensor:
    return 2.0 * torch.square(t) + 5.0 * t + 6.0


def quadratic_backward_ones(x):
    f = poly(x.double())
    torch.autograd.backward(f, grad_tensors=torch.ones_like(f))
    return f
