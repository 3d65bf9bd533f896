import torch
from torch import optim


def sgd_optimizer_steps(p, lr, steps):
    sgd = optim.SGD([p], lr)
    history = []
    for _ in range(steps):
        if p.grad is not None:
            p.grad.zero_()
        diff = p - p * p
        loss = (diff * diff).sum()
        loss.backward()
        sgd.step()
        history += [loss.item()]
    return history
