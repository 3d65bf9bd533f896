"""z in one line with torch.pow, and a docstring saying why the call may fail."""

import torch


def unreduced_backward(x):
    """z = 3 (x + 2)^2 element by element; backward() without an argument fails unless z has one element."""
    z = 3 * torch.pow(x + 2, 2)
    z.backward()
    return z
