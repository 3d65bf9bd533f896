import torch


def find_nan_gradient(x):
    print("x =", x)
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    print("plain grad:", x.grad, "nan mask:", torch.isnan(x.grad))
    plain = x.grad.clone()
    x.grad = None

    err = None
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
        try:
            out.backward()
        except RuntimeError as caught:
            print("anomaly:", str(caught).splitlines()[0])
            err = caught
    print("x.grad at the end:", x.grad)
    return plain, err
