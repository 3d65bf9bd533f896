"""Half done: y, z, out and the backward pass are right, but the function returns only `out`
instead of the tuple (y, z, out) (right computation, wrong form of result)."""
import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return out
