import torch

def halve(grad):
    return grad / 2


def hook_scale_path(x):
    h = x.exp()
    handle = h.register_hook(halve)
    out = torch.sum(h * x)
    out.backward()
    handle.remove()
    return out
