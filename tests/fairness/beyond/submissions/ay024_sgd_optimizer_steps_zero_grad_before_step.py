"""One mistake: optimizer.zero_grad() is called between backward() and step(), so every step updates with
no gradient and p never moves (all losses equal the first)."""
import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        losses.append(loss.item())
        optimizer.zero_grad()
        optimizer.step()
    return losses
