"""One mistake: a is computed normally and detached afterwards (x.detach() * 2) instead of being computed
under torch.no_grad(); the rest is right."""
import torch


def grad_modes(x):
    a = (x * 2).detach()
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err
