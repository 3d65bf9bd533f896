import torch


def _out(t):
    return torch.mul(t, t.sqrt()).sum()


def find_nan_gradient(x):
    _out(x).backward()
    plain = x.grad.detach().clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        try:
            _out(x).backward()
        except RuntimeError as caught:
            err = caught
    return plain, err
