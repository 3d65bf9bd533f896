import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    # x.grad is replaced by None right away, so the tensor kept here is not touched again
    plain = x.grad
    x.grad = None
    with torch.autograd.detect_anomaly():
        out2 = (x * torch.sqrt(x)).sum()
        try:
            out2.backward()
            err = None
        except Exception as e:
            err = e
    return plain, err
