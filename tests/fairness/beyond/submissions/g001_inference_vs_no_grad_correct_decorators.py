import torch


@torch.no_grad()
def double_no_grad(t):
    return t * 2


@torch.inference_mode()
def double_inference(t):
    return t * 2


def grad_modes(x):
    a = double_no_grad(x)
    b = double_inference(x)
    (a * x).sum().backward()
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    else:
        err = None
    return a, b, err
