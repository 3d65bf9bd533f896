"""chain_mean_square_grad: half done: computes y, z, out and backward right, but returns only out instead of the tuple (y, z, out)."""
import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return out
