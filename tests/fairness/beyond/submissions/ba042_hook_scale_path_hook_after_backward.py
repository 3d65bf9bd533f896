"""One mistake: registers the hook on h only after out.backward() has run, so it never fires and
x.grad is the unscaled gradient (wrong order)."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    h.register_hook(lambda g: g * 0.5)
    return out
