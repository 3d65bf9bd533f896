"""hook_clip_grad: forgets handle.remove() (mistake: the second gradient is clipped too); first is right."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    out2 = (x ** 3 - 4 * x).sum()
    out2.backward()
    return first
