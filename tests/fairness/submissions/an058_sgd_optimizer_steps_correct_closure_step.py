import torch

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD(params=[p], lr=lr)
    losses = []

    def closure():
        optimizer.zero_grad(set_to_none=True)
        loss = (p - p * p).pow(2).sum()
        loss.backward()
        losses.append(loss.item())
        return loss

    for _ in range(steps):
        optimizer.step(closure)
    return losses
