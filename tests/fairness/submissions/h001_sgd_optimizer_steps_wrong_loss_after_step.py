import torch

def loss_fn(p):
    return ((p - p ** 2) ** 2).sum()


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(p)
        loss.backward()
        optimizer.step()
        losses.append(loss_fn(p).item())
    return losses
