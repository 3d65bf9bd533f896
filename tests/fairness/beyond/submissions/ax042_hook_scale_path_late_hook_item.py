"""hook_scale_path: half done, two mistakes: hook registered after backward() (never applied) and out returned as out.item()."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    h.register_hook(lambda g: g * 0.5)
    return out.item()
