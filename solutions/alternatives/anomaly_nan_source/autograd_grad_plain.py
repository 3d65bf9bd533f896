"""The plain gradient from torch.autograd.grad (x.grad never filled), anomaly through grad() too."""

import torch


def find_nan_gradient(x):
    (plain,) = torch.autograd.grad((x * torch.sqrt(x)).sum(), x)
    print("plain:", plain)
    err = None
    with torch.autograd.detect_anomaly(check_nan=True):
        try:
            torch.autograd.grad((x * torch.sqrt(x)).sum(), x)
        except RuntimeError as caught:
            err = caught
    return (plain, err)
