import torch


def quadratic_backward_ones(x):
    f = torch.add(torch.add(torch.mul(x * x, 2), torch.mul(x, 5)), 6)
    v = torch.ones_like(f)
    torch.autograd.backward(f, grad_tensors=v)
    return f
