import torch


def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False)
    losses = []
    step = 0
    while step < steps:
        if p.grad is not None:
            p.grad.zero_()
        gap = p.sub(p.pow(2))
        loss = gap.mul(gap).sum()
        loss.backward()
        losses.append(loss.item())
        opt.step()
        step += 1
    return losses
