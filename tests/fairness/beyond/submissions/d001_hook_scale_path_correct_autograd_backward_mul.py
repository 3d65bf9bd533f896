import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g.mul(0.5))
    out = torch.sum(h * x)
    torch.autograd.backward(out)
    return out
