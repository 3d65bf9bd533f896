"""Correct: computes the mean of 3(x+2)^2 in float64 for accuracy and casts the result back to x's dtype;
autograd fills x.grad through the casts."""
import torch


def mean_square_grad(x):
    xd = x.to(torch.float64)          # differentiable cast, x itself untouched
    out64 = (3.0 * (xd + 2.0) ** 2).mean()
    out = out64.to(x.dtype)
    out.backward()
    return out
