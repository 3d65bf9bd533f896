import torch


def _clip(grad):
    return grad.clamp(-1, 1)


def _out(t):
    return (t.pow(3) - t.mul(4)).sum()


def hook_clip_grad(x):
    handle = x.register_hook(_clip)
    _out(x).backward()
    first = x.grad.detach().clone()
    handle.remove()
    _out(x).backward()
    return first
