"""Autograd exercises: my answer to hook_clip_grad."""

import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g / g.abs().max())
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    return first
