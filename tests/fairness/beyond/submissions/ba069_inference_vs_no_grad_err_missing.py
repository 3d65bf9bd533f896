"""Half done: a, b and the backward through a are right, but step 4 (the failing backward through b
and its error) is missing: err is None."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None  # TODO try b
    return a, b, err
