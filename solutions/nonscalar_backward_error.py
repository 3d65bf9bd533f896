"""Reference solution: nonscalar_backward_error."""

import torch


def unreduced_backward(x: torch.Tensor) -> torch.Tensor:
    y = x + 2
    z = 3 * y * y
    # Raises unless z has exactly one element: the error is the point.
    z.backward()
    return z
