import torch


def linear_partials(x, w, b):
    y = w * x + b
    # one backward per partial derivative
    y.backward(retain_graph=True)
    y.backward(retain_graph=True)
    y.backward()
    return y
