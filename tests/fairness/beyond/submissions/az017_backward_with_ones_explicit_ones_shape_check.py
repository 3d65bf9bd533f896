"""Right answer: builds the vector of ones with f's shape, dtype and device, checks it matches f, then
calls f.backward(gradient=...) once."""
import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones(f.shape, dtype=f.dtype, device=f.device)
    if v.shape != f.shape:
        raise RuntimeError("v must have the shape of f")
    f.backward(gradient=v)
    return f
