import torch

def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (4 * x - x ** 3).sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (4 * x - x ** 3).sum()
    out.backward()
    return first
