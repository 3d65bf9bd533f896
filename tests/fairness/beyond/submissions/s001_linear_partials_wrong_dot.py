import torch


def linear_partials(x, w, b):
    y = torch.dot(w, x) + b
    y.backward()
    return y
