"""torch.autograd.backward and float64 arithmetic; the hook clamps with clip()."""

import torch


def hook_clip_grad(x):
    hook = x.register_hook(lambda grad: grad.clip(-1, 1))
    xd = x.to(torch.float64)
    torch.autograd.backward((xd**3 - 4 * xd).sum())
    first = x.grad.clone()
    hook.remove()
    xd = x.to(torch.float64)
    torch.autograd.backward((xd**3 - 4 * xd).sum())
    return first
