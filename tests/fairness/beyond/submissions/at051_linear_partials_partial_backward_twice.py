import torch


def linear_partials(x, w, b):
    y = w * x + b
    y.backward(retain_graph=True)
    print("dy/dx =", x.grad)
    y.backward()
    return y
