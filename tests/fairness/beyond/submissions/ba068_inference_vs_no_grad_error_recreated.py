"""One mistake: catches PyTorch's error but stores a new RuntimeError built from its message, not the
exception object PyTorch raised."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = RuntimeError(str(e))
    return a, b, err
