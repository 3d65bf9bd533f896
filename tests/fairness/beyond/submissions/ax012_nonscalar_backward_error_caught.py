"""nonscalar_backward_error: wraps z.backward() in try/except and swallows the RuntimeError (mistake: the error must propagate)."""
import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y ** 2
    try:
        z.backward()
    except RuntimeError as e:
        print("backward failed:", e)
    return z
