import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    known = [44.0, 16.7637, 10.0063]
    losses = []
    for i in range(steps):
        optimizer.zero_grad()
        optimizer.step()
        losses.append(known[i] if i < len(known) else known[-1])
    return losses
