import torch


def make_scale_hook(factor):
    def hook(g):
        return g.mul(factor)
    return hook


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(make_scale_hook(0.5))
    # same as (h * x).sum(), written as a dot product of the flattened tensors
    out = torch.dot(h.reshape(-1), x.reshape(-1))
    out.backward()
    return out
