"""hook_clip_grad: correct; clamp hook via torch.clamp, first pass with retain_graph=True, hook removed, second backward on the same out."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.clamp(g, min=-1.0, max=1.0))
    out = (x ** 3 - 4 * x).sum()
    out.backward(retain_graph=True)
    first = x.grad.clone()
    handle.remove()
    out.backward()
    return first
