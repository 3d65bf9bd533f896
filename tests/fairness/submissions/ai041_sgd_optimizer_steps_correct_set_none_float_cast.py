"""Answer to sgd_optimizer_steps (set_none_float_cast)."""

import torch

def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        p.grad = None
        d = p - p * p
        loss = (d * d).sum()
        loss.backward()
        losses.append(float(loss))
        opt.step()
    return losses
