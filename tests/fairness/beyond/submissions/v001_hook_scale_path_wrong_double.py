import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g * 2)
    out = (h * x).sum()
    out.backward()
    return out
