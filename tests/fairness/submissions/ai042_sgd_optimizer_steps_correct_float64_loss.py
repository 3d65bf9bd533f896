"""Answer to sgd_optimizer_steps (float64_loss)."""

import torch

def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        pd = p.double()
        loss = ((pd - pd ** 2) ** 2).sum()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
