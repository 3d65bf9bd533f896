"""Reference solution: mean_product_grad."""

import torch


def mean_product_grad(t1: torch.Tensor, t2: torch.Tensor) -> torch.Tensor:
    out = (t1 * t2).mean()
    out.backward()
    return out
