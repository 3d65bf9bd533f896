"""sqrt written as torch.sqrt on a helper, grad reset with x.grad = None after a clone, float64 forward."""

import torch


def find_nan_gradient(x):
    xd = x.double()
    (xd * torch.sqrt(xd)).sum().backward()
    plain = x.grad.clone()
    x.grad = None
    with torch.autograd.detect_anomaly():
        xd = x.double()
        loss = (xd * torch.sqrt(xd)).sum()
        try:
            loss.backward()
            err = None
        except RuntimeError as e:
            err = e
    return plain, err
