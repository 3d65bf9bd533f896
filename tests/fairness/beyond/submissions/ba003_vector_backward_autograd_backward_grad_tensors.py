"""Right answer: builds z without reducing it and runs torch.autograd.backward(z, grad_tensors=v),
the functional spelling of z.backward(v)."""
import torch


def vector_backward(x, v):
    z = 3 * torch.pow(x + 2, 2)
    assert z.shape == x.shape
    torch.autograd.backward(z, grad_tensors=v.to(dtype=z.dtype))
    return z
