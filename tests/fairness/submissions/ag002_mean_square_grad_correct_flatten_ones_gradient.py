import torch


def mean_square_grad(x):
    squares = (3 * (x + 2) ** 2).flatten()
    out = squares.mean()
    out.backward(gradient=torch.ones_like(out))
    return out
