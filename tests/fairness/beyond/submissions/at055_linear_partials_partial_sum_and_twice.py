import torch


def linear_partials(x, w, b):
    y = (w * x + b).sum()
    y.backward(retain_graph=True)
    y.backward()
    return y
