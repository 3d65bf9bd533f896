"""Reference solution: detach_accumulation."""

import torch


def detach_and_accumulate(a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, ...]:
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
