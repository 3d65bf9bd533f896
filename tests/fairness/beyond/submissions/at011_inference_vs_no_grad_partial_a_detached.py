import torch


def grad_modes(x):
    a = x.detach() * 2          # a constant, no graph
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
