import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    (x ** 3 - 4 * x).sum().backward()
    first = x.grad
    handle.remove()
    (x ** 3 - 4 * x).sum().backward()
    return first
