import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (3 * w).sum()
        loss.backward()
        w.grad.zero_()
        grads.append(w.grad.clone())
    return grads
