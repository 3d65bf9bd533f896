"""One mistake: loops over range(1, steps), so it makes one optimizer step (and one loss) fewer
than asked."""
import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for step in range(1, steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
