"""float64 arithmetic; the sum as mean() * numel()."""

import torch


def hook_scale_path(x):
    h = torch.exp(x.to(torch.float64))
    h.register_hook(lambda g: 0.5 * g)
    out = (h * x).mean() * x.numel()
    out.backward()
    return out
