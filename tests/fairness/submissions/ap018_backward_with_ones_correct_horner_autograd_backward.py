import torch


def quadratic_backward_ones(x):
    f = x.mul(2).add(5).mul(x).add(6)
    torch.autograd.backward(f, grad_tensors=torch.ones_like(f))
    return f
