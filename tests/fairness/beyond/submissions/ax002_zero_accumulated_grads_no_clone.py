"""zero_accumulated_grads: appends w.grad itself instead of a clone (mistake: stored reference), then zeroes it in place."""
import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad)
        w.grad.zero_()
    return grads
