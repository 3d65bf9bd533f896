import torch


def linear_partials(x, w, b):
    with torch.no_grad():
        y = w * x + b
    y.backward()
    return y
