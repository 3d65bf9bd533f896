import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode(mode=True):
        b = torch.mul(x, 2)
    x.grad = None
    torch.sum(a * x).backward()
    errors = []
    try:
        torch.sum(b * x).backward()
    except RuntimeError as e:
        errors.append(e)
    err = errors[0] if errors else None
    return a, b, err
