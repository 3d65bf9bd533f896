import torch

def linear_partials(x, w, b):
    y = x * b + w
    y.backward()
    return y
