"""Right answer: plain gradient from a first backward, cloned and reset to None; second pass inside
detect_anomaly(check_nan=True) with out recomputed, PyTorch's RuntimeError kept as err."""
import torch


def find_nan_gradient(x):
    out = torch.sum(x * torch.sqrt(x))
    out.backward()
    plain = x.grad.detach().clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly(check_nan=True):
        out2 = torch.sum(x * torch.sqrt(x))
        try:
            out2.backward()
        except RuntimeError as e:
            err = e
    return plain, err
