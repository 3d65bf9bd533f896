"""Reference solution: sgd_optimizer_steps."""

import torch


def sgd_optimizer_steps(p: torch.Tensor, lr: float, steps: int) -> list[float]:
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
