"""Reference solution: requires_grad_inheritance."""

import torch


def turn_on_tracking(t1: torch.Tensor, t2: torch.Tensor) -> tuple[bool, torch.Tensor]:
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    prod = t1 * t2
    return was_tracked, prod
