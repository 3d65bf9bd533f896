"""Reference solution: hook_scale_path."""

import torch


def hook_scale_path(x: torch.Tensor) -> torch.Tensor:
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
