"""Half done: a, b and the backward through a are right, but the failing step 4 was not written: err is a
None placeholder."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None  # TODO: try (b * x).sum().backward() and catch the error
    return a, b, err
