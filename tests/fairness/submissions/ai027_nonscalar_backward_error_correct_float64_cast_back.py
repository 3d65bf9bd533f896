"""Answer to nonscalar_backward_error (float64_cast_back)."""

import torch

def unreduced_backward(x):
    y = x.double() + 2
    z = (3 * y ** 2).to(x.dtype)
    z.backward()
    return z
