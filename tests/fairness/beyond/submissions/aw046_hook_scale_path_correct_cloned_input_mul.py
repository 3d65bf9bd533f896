import torch


def hook_scale_path(x):
    xc = x.clone()  # still connected to x
    h = torch.exp(xc)
    h.register_hook(lambda g: g.mul(0.5))
    out = torch.mul(h, xc).sum()
    torch.autograd.backward(out)
    return out
