import torch


def parabola_minimum(x, lr, steps):
    f = lambda t: 3 * t ** 2 + 2 * t - 1.2
    opt = torch.optim.SGD([x], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        f(x).sum().backward()
        opt.step()
    with torch.no_grad():
        return float(f(x).sum())
