import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        w.grad = None
        loss = (w * 3).sum()
        loss.backward()
        # w.grad is a fresh tensor every step because it was set to None
        grads.append(w.grad)
    return grads
