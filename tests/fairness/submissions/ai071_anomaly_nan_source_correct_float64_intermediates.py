"""Answer to anomaly_nan_source (float64_intermediates)."""

import torch

def find_nan_gradient(x):
    xd = x.double()
    out = (xd * torch.sqrt(xd)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        try:
            xd = x.double()
            out = (xd * torch.sqrt(xd)).sum()
            out.backward()
        except RuntimeError as e:
            err = e
    return plain, err
