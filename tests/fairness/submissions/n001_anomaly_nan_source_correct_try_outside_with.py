import torch
import warnings


def _f(x):
    return (x * x.sqrt()).sum()


def find_nan_gradient(x):
    _f(x).backward()
    plain = torch.clone(x.grad)
    x.grad = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with torch.autograd.detect_anomaly():
                _f(x).backward()
    except RuntimeError as exc:
        err = exc
    return plain, err
