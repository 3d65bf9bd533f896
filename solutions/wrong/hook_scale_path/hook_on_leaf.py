r"""The hook on x halves the whole gradient, both paths.

fails: x_grad, x_grad_hidden
diagnosis: half|0\.5|x\.grad
description: registers the hook on x instead of h, which halves the gradient of both paths, not only the one through h
mistakes: operation
"""

import torch


def hook_scale_path(x):
    x.register_hook(lambda g: g * 0.5)
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    return out
