import functools
import torch


def scale(g, factor):
    return g.mul(factor)


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(functools.partial(scale, factor=0.5))
    out = (x * h).sum()
    out.backward(torch.ones_like(out))
    return out
