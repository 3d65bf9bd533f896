import warnings

import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: 0.5 * g)
    out = h.flatten() @ x.flatten()  # sum of h * x for any shape
    if not out.requires_grad:
        warnings.warn("out does not require grad")
    out.backward()
    return out
