"""Half done: y, z and out are computed in three steps with the right grad_fns, but the function returns
before calling out.backward(), so x.grad is never filled."""
import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    return y, z, out
    out.backward()  # never reached
