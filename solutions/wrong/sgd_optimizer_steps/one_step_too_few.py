"""Wrong: range(1, steps) does one step too few.

fails: p_after_steps, losses, optimizer_steps, backward_per_step, p_after_hidden, losses_hidden
diagnosis: one entry per step
description: loops over range(1, steps), one step too few
mistakes: steps
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(1, steps):
        optimizer.zero_grad()
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
