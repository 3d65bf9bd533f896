"""One mistake: forgets to reset x.grad = None after keeping `plain`, so x.grad still holds the NaN
gradient at the end."""
import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
        try:
            out.backward()
        except RuntimeError as e:
            err = e
    return plain, err
