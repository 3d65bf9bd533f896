import torch


def find_nan_gradient(x):
    out = torch.sum(x * torch.sqrt(x))
    out.backward()
    plain = x.grad.detach().clone()
    x.grad = None
    with torch.autograd.set_detect_anomaly(True):
        out2 = torch.sum(x * torch.sqrt(x))
        try:
            out2.backward()
            err = None
        except Exception as e:     # it is a RuntimeError
            err = e
    return (plain, err)
