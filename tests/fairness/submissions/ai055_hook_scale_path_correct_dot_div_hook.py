"""Answer to hook_scale_path (dot_div_hook)."""

import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g / 2)
    out = torch.dot(h.reshape(-1), x.reshape(-1))
    out.backward()
    return out
