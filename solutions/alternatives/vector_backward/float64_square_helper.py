"""float64 arithmetic in a helper, torch.square, and v converted to z's dtype."""

import torch


def _forward(x: torch.Tensor) -> torch.Tensor:
    return 3 * torch.square(x.double() + 2)


def vector_backward(x: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    z = _forward(x)
    z.backward(torch.as_tensor(v, dtype=z.dtype))
    return z
