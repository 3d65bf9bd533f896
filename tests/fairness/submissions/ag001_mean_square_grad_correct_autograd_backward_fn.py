import torch


def mean_square_grad(x):
    out = torch.mul(torch.add(x, 2).pow(2), 3).mean()
    torch.autograd.backward(out)
    return out
