"""Right answer: a named hook function that returns grad.mul(0.5), registered on h = x.exp()
before the backward pass."""
import torch


def _halve(grad):
    return grad.mul(0.5)


def hook_scale_path(x):
    h = x.exp()
    h.register_hook(_halve)
    out = torch.sum(h * x)
    out.backward()
    return out
