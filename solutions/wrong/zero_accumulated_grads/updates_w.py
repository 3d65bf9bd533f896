"""Wrong: a training-loop habit: optimizer.step() moves w, which this exercise leaves alone."""

import torch


def zero_accumulated_grads(w, steps):
    optimizer = torch.optim.SGD([w], lr=0.1)
    grads = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        optimizer.step()
    return grads
