"""hook_scale_path: registers the halving hook on x instead of h (mistake: both paths are halved)."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    x.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
