import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    torch.autograd.backward(z, grad_tensors=v)
    return z
