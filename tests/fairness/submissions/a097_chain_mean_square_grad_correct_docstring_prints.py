import torch
import numpy as np


def square_chain(x):
    """y = x + 2, z = 2 y^2, out = mean(z); returns (y, z, out)."""
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    for name, t in (("y", y), ("z", z), ("out", out)):
        print(name, type(t.grad_fn).__name__)
    print("x.grad:", x.grad, "expected:", (4 / x.numel()) * (x.detach() + 2))
    return y, z, out
