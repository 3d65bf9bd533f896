import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.sum() / 3
    out.backward()
    return y, z, out
