"""Answer to vector_backward (float64_cast_back)."""

import torch

def vector_backward(x, v):
    z = (3 * (x.double() + 2) ** 2).to(x.dtype)
    z.backward(v)
    return z
