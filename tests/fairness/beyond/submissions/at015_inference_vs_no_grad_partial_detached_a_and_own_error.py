import torch


def grad_modes(x):
    a = (x * 2).detach()
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError:
        err = RuntimeError("Inference tensors cannot be saved for backward")
    return a, b, err
