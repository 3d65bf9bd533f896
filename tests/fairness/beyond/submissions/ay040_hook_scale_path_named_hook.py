"""Correct: a named hook function halves the gradient flowing through h = exp(x); out = torch.sum(h * x),
one backward, returns the tensor."""
import torch


def _halve(grad):
    return grad * 0.5


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(_halve)
    out = torch.sum(h * x)
    out.backward()
    return out
