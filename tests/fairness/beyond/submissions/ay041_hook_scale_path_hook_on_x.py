"""One mistake: the halving hook is registered on the leaf x instead of on h, so both paths are halved and
x.grad is (e^x + x e^x) / 2; out is right."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    x.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
