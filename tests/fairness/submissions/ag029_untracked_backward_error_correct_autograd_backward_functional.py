import torch


def backward_untracked_mean(x):
    z = torch.mean(2 * torch.square(x + 2))
    torch.autograd.backward(z)
    return z
