import torch


def linear_partials(x, w, b):
    prod = torch.mul(w, x)
    y = torch.add(prod, b)
    torch.autograd.backward([y])
    return y
