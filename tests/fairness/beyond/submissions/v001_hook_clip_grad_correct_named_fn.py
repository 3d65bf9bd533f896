import torch

def _clip(g):
    return torch.clamp(g, min=-1.0, max=1.0)


def _f(x):
    return torch.sum(x.pow(3) - 4.0 * x)


def hook_clip_grad(x):
    h = x.register_hook(_clip)
    _f(x).backward()
    first = x.grad.detach().clone()
    h.remove()
    _f(x).backward()
    return first
