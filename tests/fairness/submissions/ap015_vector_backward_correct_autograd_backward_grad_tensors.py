import torch


def vector_backward(x, v):
    z = torch.mul(torch.pow(torch.add(x, 2), 2), 3)
    torch.autograd.backward(z, grad_tensors=v)
    return z
