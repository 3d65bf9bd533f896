import torch


def hook_scale_path(x):
    h = torch.exp(x)
    out = (h * x).sum()
    return out
