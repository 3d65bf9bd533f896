import torch


def zero_accumulated_grads(w, steps):
    """Record the one-step gradient `steps` times, resetting .grad each time."""
    grads = []
    step = 0
    while step < steps:
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad = None  # same effect as zeroing: the next backward starts fresh
        step += 1
    return grads
