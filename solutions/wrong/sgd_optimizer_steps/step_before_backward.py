"""Wrong: optimizer.step() runs before loss.backward(); after zero_grad() there is no gradient to use.

fails: p_after_steps, losses, p_after_hidden, losses_hidden
diagnosis: never updated
description: calls optimizer.step() before loss.backward(), so every step finds no gradient and p never moves
mistakes: order
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        optimizer.step()
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        losses.append(loss.item())
    return losses
