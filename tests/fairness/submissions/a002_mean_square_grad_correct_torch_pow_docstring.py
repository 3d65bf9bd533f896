import torch
from torch import Tensor


def mean_square_grad(x: Tensor) -> Tensor:
    """Return mean(3 (x + 2)^2) and fill x.grad through backward()."""
    shifted = torch.add(x, 2)
    squared = torch.pow(shifted, 2)
    out = torch.mean(3 * squared)
    out.backward()
    return out
