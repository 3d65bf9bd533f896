"""Answer to zero_accumulated_grads (fresh_copies_reset_first)."""

import torch

def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        w.grad = None                      # reset at the start of each step
        loss = (w * 3).sum()
        loss.backward()
        grads.append(torch.empty_like(w.grad).copy_(w.grad))   # a fresh tensor holding a copy
    return grads
