import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).mean().backward()
    err = None
    try:
        (b * x).mean().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
