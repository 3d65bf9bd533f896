import torch


def linear_partials(x, w, b):
    y = w * x.item() + b
    y.backward()
    return y
