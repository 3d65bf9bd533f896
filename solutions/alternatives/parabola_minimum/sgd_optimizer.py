"""torch.optim.SGD does the in-place update; optimizer.zero_grad() resets the gradient."""

import torch


def parabola_minimum(x, lr, steps):
    optimizer = torch.optim.SGD([x], lr=lr)
    for _ in range(steps):
        optimizer.zero_grad()
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        optimizer.step()
    with torch.no_grad():
        return float(3 * x**2 + 2 * x - 1.2)
