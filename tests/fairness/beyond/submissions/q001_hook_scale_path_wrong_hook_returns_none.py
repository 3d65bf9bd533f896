import torch


def hook_scale_path(x):
    h = torch.exp(x)

    def hook(g):
        g = g * 0.5     # halve the gradient

    h.register_hook(hook)
    out = (h * x).sum()
    out.backward()
    return out
