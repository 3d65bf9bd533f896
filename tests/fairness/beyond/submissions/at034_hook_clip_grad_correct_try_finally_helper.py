import torch


def _loss(t):
    return torch.sum(t.pow(3) - t.mul(4))


def _clip(grad):
    return torch.clamp(grad, min=-1.0, max=1.0)


def hook_clip_grad(x):
    handle = x.register_hook(_clip)
    try:
        _loss(x).backward()
        first = x.grad.detach().clone()
    finally:
        handle.remove()
    _loss(x).backward()
    return first
