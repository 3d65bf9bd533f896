import torch

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        loss = torch.sum((p - p ** 2) ** 2)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
