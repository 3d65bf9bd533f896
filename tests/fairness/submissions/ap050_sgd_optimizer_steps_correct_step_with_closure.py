import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD(params=[p], lr=lr)

    def closure():
        optimizer.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        return loss

    return [float(optimizer.step(closure)) for _ in range(steps)]
