"""Answer to linear_partials (float64_intermediates)."""

import torch

def linear_partials(x, w, b):
    y = (w.double() * x.double() + b.double()).to(x.dtype)
    y.backward()
    return y
