import torch


def halve(grad):
    return grad / 2

def hook_scale_path(x):
    h = x.exp()
    handle = h.register_hook(halve)
    out = torch.mul(h, x).sum()
    out.backward()
    return out
