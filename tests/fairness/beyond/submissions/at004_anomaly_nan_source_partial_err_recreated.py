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
        # keep a clean copy of the error
        err = RuntimeError(str(e))
    return plain, err
