"""One mistake: registers the halving hook on the leaf x instead of on h, so the whole gradient is
halved, not just the path through h."""
import torch


def hook_scale_path(x):
    h = torch.exp(x)
    x.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    return out
