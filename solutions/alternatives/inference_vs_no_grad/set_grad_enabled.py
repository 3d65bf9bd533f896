"""torch.set_grad_enabled(False) for a; any Exception caught; prints."""

import torch


def grad_modes(x):
    with torch.set_grad_enabled(False):
        a = x + x
    with torch.inference_mode(mode=True):
        b = x.mul(2)
    loss = (a * x).sum()
    loss.backward()
    print("x.grad", x.grad)
    err = None
    try:
        (b * x).sum().backward()
    except Exception as e:  # noqa: BLE001 - any error will do here
        print("failed as expected:", e)
        err = e
    return (a, b, err)
