"""Answer to chain_mean_square_grad (float64_kept)."""

import torch

def square_chain(x):
    y = x.double() + 2          # work in double precision from here on
    z = y * y * 2
    out = z.mean()
    out.backward()
    return (y, z, out)
