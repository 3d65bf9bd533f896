"""Reference solution: chain_mean_square_grad."""

import torch


def square_chain(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward()
    return y, z, out
