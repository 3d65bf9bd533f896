import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for step in range(1, steps):
        w.grad = None
        (w * 3).sum().backward()
        grads.append(w.grad.clone())
    return grads
