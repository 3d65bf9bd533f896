"""Answer to zero_accumulated_grads (float64_loss)."""

import torch

def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w.double() * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad.zero_()
    return grads
