import torch


def backward_untracked_mean(x):
    y = torch.add(x, 2)
    z = torch.mean(torch.mul(torch.pow(y, 2), 2))
    torch.autograd.backward(z)
    return z
