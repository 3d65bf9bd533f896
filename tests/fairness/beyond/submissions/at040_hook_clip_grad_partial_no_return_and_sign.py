import torch


def hook_clip_grad(x):
    def clip(g):
        g = g.clamp(-1, 1)
    handle = x.register_hook(clip)
    out = (x ** 3 + 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (x ** 3 + 4 * x).sum()
    out.backward()
    return first
