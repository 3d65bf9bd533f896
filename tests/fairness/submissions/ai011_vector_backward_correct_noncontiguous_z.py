"""Answer to vector_backward (noncontiguous_z)."""

import torch

def vector_backward(x, v):
    dims = list(range(x.dim()))[::-1]
    xt = x.permute(dims)               # work on a transposed view
    z = (3 * (xt + 2) ** 2).permute(dims)   # back to x's shape (a non-contiguous tensor)
    z.backward(v)
    return z
