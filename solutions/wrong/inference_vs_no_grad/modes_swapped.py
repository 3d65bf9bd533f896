"""The modes swapped: a is the inference tensor, b the no_grad one."""

import torch


def grad_modes(x):
    with torch.inference_mode():
        a = x * 2
    with torch.no_grad():
        b = x * 2
    err = None
    try:
        (a * x).sum().backward()
    except RuntimeError as e:
        err = e
    (b * x).sum().backward()
    return a, b, err
