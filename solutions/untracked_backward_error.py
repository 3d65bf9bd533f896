"""Reference solution: untracked_backward_error."""

import torch


def backward_untracked_mean(x: torch.Tensor) -> torch.Tensor:
    y = x + 2
    z = (2 * y * y).mean()
    # Raises when x does not require grad: z then has no grad_fn.
    z.backward()
    return z
