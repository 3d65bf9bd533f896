import torch


def linear_partials(x, w, b):
    y = w * x.detach() + b
    y.backward()
    return y
