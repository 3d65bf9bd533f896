r"""The hook returns None: the gradient passes unchanged.

fails: x_grad, x_grad_hidden
diagnosis: x\.grad
description: your hook computes g * 0.5 but returns None, so the gradient through h is not halved
mistakes: operation
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
