import torch


def sgd_optimizer_steps(p, lr, steps):
    losses = []
    for _ in range(steps):
        p.grad = None
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            p -= lr * p.grad
        losses.append(loss.item())
    return losses
