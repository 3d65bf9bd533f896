import torch


def _loss(p):
    gap = p - p * p
    return (gap * gap).sum()


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    step = 0
    while step < steps:
        optimizer.zero_grad()
        loss = _loss(p)
        loss.backward()
        value = loss.item()
        optimizer.step()
        losses.append(value)
        step += 1
    return losses
