"""One mistake: never calls handle.remove(), so the second pass is clipped too and x.grad ends as
twice the clipped gradient (first is right)."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    return first
