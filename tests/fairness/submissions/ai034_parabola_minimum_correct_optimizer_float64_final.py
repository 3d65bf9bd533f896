"""Answer to parabola_minimum (optimizer_float64_final)."""

import torch

def parabola_minimum(x, lr, steps):
    opt = torch.optim.SGD([x], lr=lr)
    for _ in range(steps):
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        opt.step()
        opt.zero_grad()
    with torch.no_grad():
        xd = x.double()
        return float(3 * xd ** 2 + 2 * xd - 1.2)
