"""torch.dot for the sum, torch.autograd.backward, and a print."""

import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: torch.mul(g, 0.5))
    out = torch.dot(h.flatten(), x.flatten())
    torch.autograd.backward(out)
    print("x.grad:", x.grad)
    return out
