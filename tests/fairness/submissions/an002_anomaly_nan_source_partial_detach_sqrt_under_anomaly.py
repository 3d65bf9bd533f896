import torch

def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    try:
        with torch.autograd.detect_anomaly():
            # keep the sqrt out of the graph so backward is "safe"
            out = (x * torch.sqrt(x).detach()).sum()
            out.backward()
    except RuntimeError as e:
        err = e
    return plain, err
