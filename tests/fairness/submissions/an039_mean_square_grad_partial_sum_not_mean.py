import torch

def mean_square_grad(x):
    y = x + 2
    z = 3 * y * y
    out = z.sum()
    out.backward()
    return out
