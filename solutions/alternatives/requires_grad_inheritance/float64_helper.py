"""A helper for the product, computed in float64 (the cast keeps the graph back to t1)."""

import torch


def _product(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a.to(torch.float64) * b.to(torch.float64)


def turn_on_tracking(t1, t2):
    flag_at_start = t1.requires_grad
    if not t1.requires_grad:
        t1.requires_grad_()
    return flag_at_start, _product(t1, t2)
