r"""The hook returns None: the gradient passes unchanged.

fails: x_grad, x_grad_hidden
diagnosis: x\.grad
description: the hook scales a copy and returns None, so nothing changes
"""

import torch


def hook_scale_path(x):
    h = torch.exp(x)

    def hook(g):
        g = g * 0.5

    h.register_hook(hook)
    out = (h * x).sum()
    out.backward()
    return out
