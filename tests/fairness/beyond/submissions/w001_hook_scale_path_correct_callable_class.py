import torch


class Scale:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, grad):
        self.calls += 1
        return grad * self.factor


def hook_scale_path(x):
    scale = Scale(factor=0.5)
    h = torch.exp(x)
    h.register_hook(scale)
    out = (h * x).sum()
    out.backward()
    assert scale.calls == 1
    return out
