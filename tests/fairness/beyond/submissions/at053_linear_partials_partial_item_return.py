import torch


def linear_partials(x, w, b):
    y = w * x + b
    y.backward()
    return y.item()
