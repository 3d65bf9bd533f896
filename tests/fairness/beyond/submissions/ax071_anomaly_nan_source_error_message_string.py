"""anomaly_nan_source: keeps str(e), the message, instead of the exception object (mistake: wrong kind of value for err)."""
import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    try:
        with torch.autograd.detect_anomaly():
            out = (x * torch.sqrt(x)).sum()
            out.backward()
    except RuntimeError as e:
        err = str(e)
    return plain, err
