import torch


def linear_partials(x, w, b):
    y = w * x + b.data
    y.backward()
    return y
