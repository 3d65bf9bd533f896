"""Reference solution: nonscalar_backward_error."""

import torch


def unreduced_backward(x: torch.Tensor) -> torch.Tensor:
    y = x + 2
    z = 3 * y * y
    z.backward()  # raises unless z has exactly one element
    return z
