"""Half done: h, the hook and out are set up right, but the function returns out before calling
out.backward(), so x.grad is never filled."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    return out
    # out.backward()
