"""Wrong: range(steps + 1) does one update too many.

fails: coeffs, final_loss, coeffs_hidden, final_loss_hidden
description: loops over range(steps + 1), one update too many
mistakes: steps
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps + 1):
        loss = ((coeffs[0] * x**2 + coeffs[1] * x + coeffs[2] - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final = ((coeffs[0] * x**2 + coeffs[1] * x + coeffs[2] - y) ** 2).mean().item()
    return coeffs.detach(), final
