import torch


def linear_partials(x, w, b):
    y = torch.addcmul(b, w, x)
    y.backward()
    return y
