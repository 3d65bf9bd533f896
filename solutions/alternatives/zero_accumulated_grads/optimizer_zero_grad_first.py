"""An optimizer's zero_grad() at the start of each step (the optimizer never steps)."""

import torch


def zero_accumulated_grads(w, steps):
    optimizer = torch.optim.SGD([w], lr=0.1)
    grads = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.detach().clone())
    return grads
