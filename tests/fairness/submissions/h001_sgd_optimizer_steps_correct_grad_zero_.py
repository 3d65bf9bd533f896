import torch

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr)
    losses = []
    for _ in range(steps):
        if p.grad is not None:
            p.grad.zero_()
        loss = torch.square(p - torch.square(p)).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
