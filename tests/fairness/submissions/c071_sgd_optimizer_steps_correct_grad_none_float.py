import torch


def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        p.grad = None
        loss = torch.sum((p - p ** 2) ** 2)
        torch.autograd.backward(loss)
        opt.step()
        losses.append(float(loss))
    return losses
