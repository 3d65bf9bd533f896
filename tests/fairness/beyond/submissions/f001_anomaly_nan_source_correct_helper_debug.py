import warnings

import torch


def _run_anomaly(x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # anomaly mode warns with a long traceback
        with torch.autograd.detect_anomaly(check_nan=True):
            out = (x * torch.sqrt(x)).sum()
            try:
                out.backward()
            except RuntimeError as e:
                print("anomaly detection says:", e)
                return e
    return None


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    print("plain gradient:", plain)
    x.grad = None
    err = _run_anomaly(x)
    return plain, err
