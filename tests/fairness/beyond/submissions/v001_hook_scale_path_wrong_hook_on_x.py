import torch

def hook_scale_path(x):
    x.register_hook(lambda g: g * 0.5)
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    return out
