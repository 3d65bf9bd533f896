import torch


def hook_clip_grad(x):
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    first = x.grad.clone()
    handle.remove()
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    return first
