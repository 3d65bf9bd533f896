"""A helper builds z with torch.square; prints before and after backward()."""

import torch


def build_z(x: torch.Tensor) -> torch.Tensor:
    y = x + 2
    return 3 * torch.square(y)


def unreduced_backward(x):
    z = build_z(x)
    print("z has", z.numel(), "element(s):", z)
    z.backward()
    print("x.grad =", x.grad)
    return z
