"""Correct: a small helper runs the (b * x).sum().backward() attempt inside its try and hands back the
RuntimeError PyTorch raised; a under no_grad is used as a constant first."""
import torch


def _attempt_backward(const, x):
    try:
        (const * x).sum().backward()
    except RuntimeError as e:
        return e
    return None


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = _attempt_backward(b, x)
    return a, b, err
