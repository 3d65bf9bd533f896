"""A helper for each pass, the means computed in float64, and torch.clone for the copy."""

import torch
from torch import Tensor


def _mean_of_sum(x: Tensor, y: Tensor) -> Tensor:
    return (x.to(torch.float64) + y.to(torch.float64)).mean()


def detach_and_accumulate(a: Tensor, b: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    first = _mean_of_sum(a, b)
    first.backward()
    snapshot = torch.clone(a.grad)
    frozen = a.detach()
    second = _mean_of_sum(a, frozen)
    second.backward()
    return first, snapshot, frozen, second
