import torch


def halve(grad):
    # the gradient arriving at h is replaced by half of it
    return grad / 2


def hook_scale_path(x):
    h = x.exp()
    handle = h.register_hook(halve)
    out = torch.sum(h * x)
    out.backward()
    handle.remove()
    return out
