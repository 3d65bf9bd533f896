import torch


class ScaleGrad:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, grad):
        return grad.mul(self.factor)


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(ScaleGrad(0.5))
    out = torch.mul(h, x).sum()
    out.backward()
    return out
