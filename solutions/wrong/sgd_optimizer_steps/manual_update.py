"""Wrong: updates p by hand under no_grad instead of with torch.optim.SGD (same numbers, no optimizer).

fails: optimizer_steps
diagnosis: No optimizer updated p
description: updates p by hand (p -= lr * p.grad under no_grad) instead of creating torch.optim.SGD
mistakes: optimizer
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    losses = []
    for _ in range(steps):
        p.grad = None
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            p -= lr * p.grad
        losses.append(loss.item())
    return losses
