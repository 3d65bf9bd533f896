r"""The hook comes too late: the pass has already run.

fails: x_grad, x_grad_hidden
diagnosis: x\.grad
description: registers the hook after backward(), when it can no longer change anything
mistakes: order
"""

import torch


def hook_scale_path(x):
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    h.register_hook(lambda g: g * 0.5)
    return out
