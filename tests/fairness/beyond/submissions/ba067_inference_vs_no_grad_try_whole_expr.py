"""Right answer: a under no_grad, b under inference_mode, backward through a, the whole (b * x)
expression inside try, PyTorch's own RuntimeError kept as err."""
import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    torch.autograd.backward((a * x).sum())
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    assert err is not None
    return a, b, err
