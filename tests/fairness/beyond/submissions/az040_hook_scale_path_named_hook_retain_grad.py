"""Right answer: a named hook function halves the gradient of h; h.retain_grad() is called as well to be
able to inspect it (does not change x.grad); returns out as a tensor."""
import torch


def _halve(g):
    return g * 0.5


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(_halve)
    h.retain_grad()
    out = (h * x).sum()
    out.backward()
    assert isinstance(out, torch.Tensor) and out.dim() == 0
    return out
