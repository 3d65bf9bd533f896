import torch

def mean_square_grad(x):
    out = (2 * (x + 2) ** 2).mean()
    out.backward()
    return out
