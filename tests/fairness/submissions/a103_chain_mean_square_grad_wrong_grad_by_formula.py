import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    # chain rule by hand: d out / dx = 4 (x + 2) / n
    x.grad = (4 * (x + 2) / x.numel()).detach()
    return y, z, out
