import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        if w.grad is not None:
            w.grad.zero_()            # reset at the start of the step (allowed)
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
    return grads
