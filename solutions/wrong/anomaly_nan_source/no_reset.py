"""x.grad not reset after the first pass."""

import torch


def find_nan_gradient(x):
    (x * torch.sqrt(x)).sum().backward()
    plain = x.grad.clone()
    err = None
    with torch.autograd.detect_anomaly():
        try:
            (x * torch.sqrt(x)).sum().backward()
        except RuntimeError as e:
            err = e
    return plain, err
