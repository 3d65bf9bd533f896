"""torch.autograd.grad writes p.grad instead of loss.backward(); the loss is computed in float64."""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _step in range(steps):
        p64 = p.double()
        loss = ((p64 - p64**2) ** 2).sum()
        (p.grad,) = torch.autograd.grad(loss, [p])
        optimizer.step()
        losses.append(loss.item())
    return losses
