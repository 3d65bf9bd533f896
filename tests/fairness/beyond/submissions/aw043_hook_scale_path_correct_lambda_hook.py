import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
