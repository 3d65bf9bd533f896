import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)

    def closure():
        optimizer.zero_grad()
        loss = ((p - p.pow(2)).pow(2)).sum()
        loss.backward()
        return loss

    losses = []
    for _ in range(steps):
        loss = optimizer.step(closure)
        losses.append(loss.item())
    return losses
