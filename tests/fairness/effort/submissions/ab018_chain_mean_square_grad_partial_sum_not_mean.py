"""chain_mean_square_grad: sum not mean."""

import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.sum()
    out.backward()
    return y, z, out
