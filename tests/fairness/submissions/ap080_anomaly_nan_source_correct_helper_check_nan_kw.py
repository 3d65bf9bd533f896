import warnings
import torch


def _f(t):
    return (t * torch.sqrt(t)).sum()


def find_nan_gradient(x):
    _f(x).backward()
    plain = torch.clone(x.grad)
    x.grad = None
    err = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with torch.autograd.detect_anomaly(check_nan=True):
                _f(x).backward()
    except RuntimeError as exc:
        err = exc
    return (plain, err)
