import torch

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=0.01)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
