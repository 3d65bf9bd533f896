"""One mistake: b is computed under torch.no_grad() instead of torch.inference_mode(), so the second backward
works (x.grad doubles) and no error is caught (err is None)."""
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
