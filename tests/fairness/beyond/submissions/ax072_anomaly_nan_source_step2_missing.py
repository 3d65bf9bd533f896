"""anomaly_nan_source: half done: step 1 (plain gradient, reset) right; the anomaly-detection pass is missing, err = None."""
import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None  # TODO: rerun under torch.autograd.detect_anomaly() and catch the error
    return plain, err
