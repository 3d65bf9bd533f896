"""One mistake: registers the halving hook on x instead of on h, so both paths are halved
(x.grad = (e^x + x e^x) / 2 instead of e^x + x e^x / 2)."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    x.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
