"""Answer to hook_scale_path (float64_kept_out)."""

import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h.double() * x.double()).sum()
    out.backward()
    return out
