import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: 0.5 * g)
    out = (h * x).sum()
    out.backward(torch.tensor(1.0, dtype=out.dtype))
    return out
