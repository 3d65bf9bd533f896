import torch


@torch.no_grad()
def _double_no_grad(t):
    return t * 2


@torch.inference_mode()
def _double_inference(t):
    return t * 2


def grad_modes(x):
    a = _double_no_grad(x)
    b = _double_inference(x)
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as exc:
        err = exc
    return a, b, err
