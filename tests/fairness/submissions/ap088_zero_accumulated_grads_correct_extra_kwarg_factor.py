import torch


def zero_accumulated_grads(w, steps, factor=3):
    grads = []
    for _ in range(steps):
        loss = (w * factor).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad = None
    return grads
