"""zero_accumulated_grads: gradient by hand."""

import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        grads.append(torch.ones_like(w) * 3)  # d(3w)/dw = 3
    return grads
