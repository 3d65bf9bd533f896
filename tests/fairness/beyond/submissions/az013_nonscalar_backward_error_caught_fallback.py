"""One mistake: wraps z.backward() in try/except RuntimeError and falls back to z.sum().backward(),
so the expected error for several elements never reaches the caller."""
import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    try:
        z.backward()
    except RuntimeError:
        z.sum().backward()
    return z
