"""Wrong: no optimizer.zero_grad(), so p.grad accumulates across steps.

fails: p_after_steps, losses, p_after_hidden, losses_hidden
diagnosis: accumulates
description: never calls optimizer.zero_grad(), so each step uses the sum of all gradients so far
example: true
mistakes: accumulation
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
