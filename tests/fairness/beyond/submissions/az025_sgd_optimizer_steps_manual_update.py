"""One mistake: creates the SGD optimizer and uses its zero_grad(), but updates p by hand under
torch.no_grad() instead of calling optimizer.step()."""
import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        losses.append(loss.item())
        with torch.no_grad():
            p -= lr * p.grad
    return losses
