import torch


def hook_scale_path(x):
    def halve(grad):
        return grad / 2

    h = x.exp()
    h.register_hook(halve)
    out = torch.sum(h * x)
    torch.autograd.backward(out)
    return out
