import torch


def hook_scale_path(x):
    h = torch.exp(x)
    handle = h.register_hook(lambda g: g.mul(0.5))
    out = torch.einsum("...,...->", h, x)
    torch.autograd.backward(out)
    handle.remove()  # clean up after the backward pass
    return out
