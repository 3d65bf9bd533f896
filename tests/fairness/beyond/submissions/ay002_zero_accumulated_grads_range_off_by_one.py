"""One mistake: the loop runs over range(1, steps), so it records steps - 1 gradients instead of steps
(cloning and zeroing are right)."""
import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for step in range(1, steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        w.grad.zero_()
    return grads
