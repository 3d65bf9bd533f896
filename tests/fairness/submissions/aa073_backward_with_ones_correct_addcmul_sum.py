import torch


def quadratic_backward_ones(x):
    f = torch.addcmul(x.mul(5).add(6), x, x, value=2)
    f.sum().backward()
    return f
