import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: torch.mul(g, 0.5))
    out = (x * h).flatten().sum()
    out.backward(gradient=torch.ones_like(out))
    return out
