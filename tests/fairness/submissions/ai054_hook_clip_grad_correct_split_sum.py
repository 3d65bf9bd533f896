"""Answer to hook_clip_grad (split_sum)."""

import torch

def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x * x * x).sum() - 4 * x.sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (x * x * x).sum() - 4 * x.sum()
    out.backward()
    return first
