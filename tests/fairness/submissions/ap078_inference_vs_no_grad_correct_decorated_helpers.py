import torch


def _double(t):
    return t * 2


def grad_modes(x):
    a = torch.no_grad()(_double)(x)
    b = torch.inference_mode()(_double)(x)
    torch.autograd.backward((a * x).sum())

    def attempt():
        torch.autograd.backward((b * x).sum())

    err = None
    try:
        attempt()
    except RuntimeError as exc:
        err = exc
    return (a, b, err)
