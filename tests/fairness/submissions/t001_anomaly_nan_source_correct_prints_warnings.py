import warnings

import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    print("plain gradient:", plain, "NaN at", torch.isnan(plain).nonzero().flatten().tolist())
    x.grad = None

    err = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # anomaly mode prints long tracebacks as warnings
        with torch.autograd.detect_anomaly():
            out = (x * torch.sqrt(x)).sum()
            try:
                out.backward()
            except RuntimeError as e:
                err = e
    print("anomaly detection says:", err)
    print("x.grad now:", x.grad)
    return (plain, err)
