import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    # TODO anomaly detection
    err = None
    return plain, err
