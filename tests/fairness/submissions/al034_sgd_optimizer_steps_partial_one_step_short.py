"""Autograd exercises: my answer for `sgd_optimizer_steps`."""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(1, steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
