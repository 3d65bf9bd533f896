import torch


def _loss(p):
    return torch.sum((p - p ** 2) ** 2)


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD(params=[p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad(set_to_none=True)
        loss = _loss(p)
        torch.autograd.backward(loss)
        optimizer.step()
        losses.append(float(loss))
    return losses
