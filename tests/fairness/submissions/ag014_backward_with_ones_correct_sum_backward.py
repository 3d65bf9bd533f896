import torch


def quadratic_backward_ones(x):
    f = torch.add(torch.add(torch.mul(torch.square(x), 2), torch.mul(x, 5)), 6)
    f.sum().backward()
    return f
