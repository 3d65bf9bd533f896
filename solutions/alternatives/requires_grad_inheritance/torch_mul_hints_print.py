"""requires_grad_(True), torch.mul, type hints and a print of the new flags."""

import torch


def turn_on_tracking(t1: torch.Tensor, t2: torch.Tensor) -> tuple[bool, torch.Tensor]:
    was_tracked = bool(t1.requires_grad)
    t1.requires_grad_(True)
    prod = torch.mul(t1, t2)
    print("prod.requires_grad:", prod.requires_grad, "grad_fn:", prod.grad_fn)
    return (was_tracked, prod)
