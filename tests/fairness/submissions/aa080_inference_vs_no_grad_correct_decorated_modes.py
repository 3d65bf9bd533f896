import torch


@torch.no_grad()
def _double_no_grad(t):
    return t.mul(2)


@torch.inference_mode()
def _double_inference(t):
    return t.mul(2)


def grad_modes(x):
    a = _double_no_grad(x)
    b = _double_inference(x)
    a.mul(x).sum().backward()
    try:
        b.mul(x).sum().backward()
    except RuntimeError as caught:
        err = caught
    else:
        err = None
    return (a, b, err)
