import torch


def halve(grad):
    print("gradient reaching h:", grad)
    return grad / 2


def hook_scale_path(x):
    h = x.exp()
    h.register_hook(halve)
    out = torch.sum(torch.mul(h, x))
    out.backward()
    print("x.grad:", x.grad)
    return out
