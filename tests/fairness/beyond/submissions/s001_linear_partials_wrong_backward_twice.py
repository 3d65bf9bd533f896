import torch


def linear_partials(x, w, b):
    y = w * x + b
    y.backward(retain_graph=True)
    print(x.grad, w.grad, b.grad)
    y.backward()
    return y
