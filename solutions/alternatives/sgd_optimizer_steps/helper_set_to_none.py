"""A helper for the loss, zero_grad(set_to_none=True), and float(loss) recorded after step()."""

import torch
import torch.optim as optim


def gap_loss(p):
    w = p * p
    return torch.sum((p - w) ** 2)


def sgd_optimizer_steps(p, lr, steps):
    opt = optim.SGD(params=[p], lr=lr)
    history = []
    for _ in range(steps):
        opt.zero_grad(set_to_none=True)
        loss = gap_loss(p)
        loss.backward()
        opt.step()
        history.append(float(loss))  # the loss computed before this step's update
    return history
