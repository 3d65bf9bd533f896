import torch


def find_nan_gradient(x):
    def forward():
        return torch.mul(x, torch.sqrt(x)).sum()

    torch.autograd.backward(forward())
    plain = torch.clone(x.grad)
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        try:
            torch.autograd.backward(forward())
        except RuntimeError as e:
            err = e
    assert err is not None and "SqrtBackward0" in str(err)
    return plain, err
