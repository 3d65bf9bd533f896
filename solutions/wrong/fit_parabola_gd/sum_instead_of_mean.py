"""Wrong: a sum of squared errors; the gradient is N times larger and the steps overshoot.

fails: coeffs, final_loss, coeffs_hidden
diagnosis: a sum where a mean was meant
description: sums the squared errors, which makes every step N times larger; the descent diverges
mistakes: sum_vs_mean
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    a = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    c = torch.zeros(1, requires_grad=True)
    for _ in range(steps):
        loss = ((a * x**2 + b * x + c - y) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            for t in (a, b, c):
                t -= lr * t.grad
                t.grad.zero_()
    with torch.no_grad():
        final_loss = ((a * x**2 + b * x + c - y) ** 2).sum().item()
    return torch.cat([a, b, c]).detach(), final_loss
