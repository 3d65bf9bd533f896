import torch


def hook_scale_path(x):
    h = torch.exp(x)

    def half(g):
        g = g * 0.5

    h.register_hook(half)
    out = (h * x).sum()
    out.backward()
    return out
