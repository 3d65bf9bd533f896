r"""Wrong: appends the loss tensors (which also keeps every step's graph alive) instead of floats.

fails: losses, losses_hidden
diagnosis: use \.item\(\)
description: records the loss tensors themselves instead of loss.item()
mistakes: type
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss)
    return losses
