"""requires_grad_inheritance: info dict."""

import torch


def turn_on_tracking(t1, t2):
    info = {"shape": tuple(t1.shape), "dtype": str(t1.dtype)}
    was_tracked = bool(info)
    prod = t1.add(t2).detach()
    return was_tracked, prod
