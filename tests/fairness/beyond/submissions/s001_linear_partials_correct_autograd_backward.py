import torch


def linear_partials(x, w, b):
    for t in (x, w, b):
        t.grad = None          # start from clean gradients
    y = w * x + b
    torch.autograd.backward(y)
    return y
