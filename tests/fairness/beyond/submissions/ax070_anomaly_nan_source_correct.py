"""anomaly_nan_source: correct; plain pass with a cloned gradient, reset to None, then the anomaly pass with err kept."""
import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        try:
            out = (x * torch.sqrt(x)).sum()
            out.backward()
        except RuntimeError as e:
            err = e
    return plain, err
