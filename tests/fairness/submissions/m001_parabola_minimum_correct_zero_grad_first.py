import torch


def parabola_minimum(x, lr, steps):
    opt = torch.optim.SGD([x], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = 3 * x**2 + 2 * x - 1.2
        loss.backward()
        opt.step()
    return (3 * x**2 + 2 * x - 1.2).item()
