import torch


def turn_on_tracking(t1: torch.Tensor, t2: torch.Tensor):
    """Return (flag before, t1 * t2) after making t1 trainable."""
    was_tracked = t1.requires_grad
    if not was_tracked:
        t1.requires_grad_()
    prod = t1 * t2
    assert prod.requires_grad
    return was_tracked, prod
