import torch

double = lambda t: t * 2


def grad_modes(x):
    with torch.no_grad():
        a = double(x)
    with torch.inference_mode():
        b = double(x)

    torch.autograd.backward(torch.sum(torch.mul(a, x)))

    err = None
    try:
        torch.autograd.backward(torch.sum(torch.mul(b, x)))
    except RuntimeError as e:
        err = e
    return a, b, err
