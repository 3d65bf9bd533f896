"""inference_vs_no_grad: makes b under torch.no_grad() instead of inference_mode (mistake: no error, second backward adds to x.grad)."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.no_grad():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
