"""Reference solution: untracked_backward_error."""

import torch


def backward_untracked_mean(x: torch.Tensor) -> torch.Tensor:
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()  # raises when x does not require grad: z has no grad_fn
    return z
