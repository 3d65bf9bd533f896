"""One mistake: stores w.grad.to(w.dtype) thinking .to() makes a copy; with the same dtype it returns
w.grad itself, so the later w.grad.zero_() wipes every stored entry (stored reference)."""
import torch


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.to(dtype=w.dtype, device=w.device))
        w.grad.zero_()
    return grads
