"""The chain computed in float64 (x.double()); the gradient still lands in x.grad."""

import torch


def square_chain(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    y = x.double() + 2.0
    z = y * y * 2.0
    out = z.mean()
    out.backward()
    return y, z, out
