"""Autograd exercises: my answer to sgd_optimizer_steps."""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            p -= lr * p.grad
        losses.append(loss.item())
    return losses
