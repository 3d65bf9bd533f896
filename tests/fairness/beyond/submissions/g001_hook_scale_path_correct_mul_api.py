import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda grad: torch.mul(grad, 0.5))
    prod = torch.mul(h, x)
    out = prod.sum()
    torch.autograd.backward(out)
    return out
