import torch

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(((p - p ** 2) ** 2).sum().item())
    return losses
