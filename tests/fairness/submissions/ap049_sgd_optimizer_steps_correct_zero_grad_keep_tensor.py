import torch


def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad(set_to_none=False)
        loss = torch.sum(torch.square(p - torch.square(p)))
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
