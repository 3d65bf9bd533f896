import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode(mode=True):
        b = torch.mul(x, 2)
    torch.autograd.backward(torch.sum(torch.mul(a, x)))
    err = None
    try:
        torch.autograd.backward(torch.sum(torch.mul(b, x)))
    except Exception as exc:  # PyTorch raises a RuntimeError here
        err = exc
    return a, b, err
