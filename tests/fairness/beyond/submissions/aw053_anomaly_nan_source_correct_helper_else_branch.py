import torch


def _out(t):
    return (t * torch.sqrt(t)).sum()


def find_nan_gradient(x):
    _out(x).backward()
    plain = x.grad.clone()
    x.grad = None
    caught = []
    with torch.autograd.detect_anomaly():
        try:
            _out(x).backward()
        except RuntimeError as e:
            caught.append(e)
    err = caught[0] if caught else None
    return plain, err
