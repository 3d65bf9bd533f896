"""Answer to inference_vs_no_grad (except_exception)."""

import torch

def grad_modes(x):
    with torch.no_grad():
        a = x.mul(2)
    with torch.inference_mode():
        b = 2 * x
    (a * x).sum().backward()
    err = None
    try:
        torch.sum(b * x).backward()
    except Exception as e:      # the RuntimeError PyTorch raises
        err = e
    return a, b, err
