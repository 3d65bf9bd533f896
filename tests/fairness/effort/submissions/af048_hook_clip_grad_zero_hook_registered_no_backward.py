import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    first = torch.zeros_like(x).clamp(-1, 1)
    handle.remove()
    return first
