"""Wrong: returns the loss of the last step, which was computed before that step's update.

fails: final_loss, final_loss_hidden
description: returns the loss of the last step, computed before the last update
mistakes: stale
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = ((coeffs[0] * x**2 + coeffs[1] * x + coeffs[2] - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    return coeffs.detach(), loss.item()
