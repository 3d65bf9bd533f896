"""One mistake: stores the error message, err = str(e), instead of the exception object itself."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = str(e)
    return a, b, err
