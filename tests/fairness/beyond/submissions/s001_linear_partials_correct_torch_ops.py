import torch


def linear_partials(x, w, b):
    y = torch.add(torch.mul(w, x), b)
    y.backward()
    return y
