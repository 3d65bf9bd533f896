"""sgd_optimizer_steps: creates the optimizer but updates p by hand under no_grad (mistake: optimizer.step() never called)."""
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
