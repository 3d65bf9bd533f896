import torch


def loss_fn(p):
    return torch.sum((p * (1 - p)) ** 2)


def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD(params=[p], lr=lr)
    losses = []
    for step in range(steps):
        p.grad = None
        loss = loss_fn(p)
        losses.append(float(loss))
        loss.backward()
        opt.step()
    return losses
