import torch

def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD(params=[p], lr=lr)
    losses = []
    step = 0
    while step < steps:
        p.grad = None
        w = p * p
        loss = torch.sum((p - w) ** 2)
        losses.append(float(loss.item()))
        loss.backward()
        opt.step()
        step += 1
    return losses
