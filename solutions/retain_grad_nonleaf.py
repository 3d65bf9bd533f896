"""Reference solution: retain_grad_nonleaf."""

import torch


def retained_nonleaf_grad(p: torch.Tensor) -> torch.Tensor:
    w = 10 * p
    w.retain_grad()
    loss = (w**2).sum()
    loss.backward()
    return w
