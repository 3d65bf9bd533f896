import torch


def _halve(g):
    return g.mul(0.5)


def hook_scale_path(x):
    h = x.exp()
    h.register_hook(_halve)
    out = torch.sum(torch.mul(h, x))
    torch.autograd.backward(out)
    return out
