"""Answer to mean_square_grad (float64_cast_back)."""

import torch

def mean_square_grad(x):
    # compute in double precision, cast the result back to x's dtype
    xd = x.to(torch.float64)
    out = (3 * (xd + 2) ** 2).mean().to(x.dtype)
    out.backward()
    return out
