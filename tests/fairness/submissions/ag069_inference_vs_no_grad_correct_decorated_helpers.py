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
    torch.autograd.backward(torch.sum(a * x))
    err = None
    try:
        torch.autograd.backward(torch.sum(b * x))
    except RuntimeError as e:
        err = e
    return a, b, err
