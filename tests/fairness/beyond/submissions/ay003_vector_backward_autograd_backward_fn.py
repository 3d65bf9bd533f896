"""Correct: builds z element-wise and sends v back with the functional form
torch.autograd.backward(z, grad_tensors=v), the same call as z.backward(v)."""
import torch


def vector_backward(x, v):
    y = x + 2
    z = 3 * y.pow(2)
    assert z.shape == x.shape, "z must not be reduced"
    torch.autograd.backward(z, grad_tensors=v)
    return z
