import torch


def linear_partials(x, w, b):
    y = torch.add(torch.mul(w, x), b)
    torch.autograd.backward(y)
    return y
