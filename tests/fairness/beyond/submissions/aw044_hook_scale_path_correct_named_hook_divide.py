import torch


def _halve(grad):
    return grad / 2


def hook_scale_path(x):
    h = x.exp()
    h.register_hook(_halve)
    out = torch.sum(h * x)
    out.backward()
    return out
