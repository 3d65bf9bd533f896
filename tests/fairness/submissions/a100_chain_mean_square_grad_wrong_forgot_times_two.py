import torch


def square_chain(x):
    y = x + 2
    z = y * y
    out = z.mean()
    out.backward()
    return y, z, out
