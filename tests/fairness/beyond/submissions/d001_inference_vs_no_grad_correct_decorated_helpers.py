import torch


@torch.no_grad()
def _double_nograd(t):
    return 2 * t

@torch.inference_mode()
def _double_inference(t):
    return 2 * t

def grad_modes(x):
    a = _double_nograd(x)
    b = _double_inference(x)
    (a * x).sum().backward()
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
