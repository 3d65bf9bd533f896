"""The two modes as decorators on helper functions."""

import torch


@torch.no_grad()
def double_no_grad(t):
    return 2 * t


@torch.inference_mode()
def double_inference(t):
    return 2 * t


def grad_modes(x):
    a = double_no_grad(x)
    b = double_inference(x)
    torch.autograd.backward(torch.dot(a.flatten(), x.flatten()))
    try:
        torch.autograd.backward((b * x).sum())
    except RuntimeError as caught:
        return a, b, caught
    raise AssertionError("expected a RuntimeError")
