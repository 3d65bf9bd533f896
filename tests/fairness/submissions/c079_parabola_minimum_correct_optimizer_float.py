import torch


def parabola_minimum(x, lr, steps):
    opt = torch.optim.SGD([x], lr=lr)
    f = lambda t: 3 * t ** 2 + 2 * t - 1.2
    for _ in range(steps):
        opt.zero_grad()
        y = f(x)
        y.backward()
        opt.step()
    with torch.no_grad():
        return float(f(x))
