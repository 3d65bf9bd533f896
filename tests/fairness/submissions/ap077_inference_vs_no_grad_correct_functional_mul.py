import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode():
        b = torch.mul(x, 2)
    torch.sum(a * x).backward()
    err = None
    try:
        torch.sum(b * x).backward()
    except RuntimeError as e:
        err = e
    return a, b, err
