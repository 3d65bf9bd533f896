"""hook_scale_path: correct; the halving hook is a named function returning g / 2, registered on h before backward."""
import torch


def _halve(grad):
    return grad / 2


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(_halve)
    out = (h * x).sum()
    out.backward()
    return out
