"""Wrong: the gradient is never zeroed, so it keeps growing (a runaway momentum).

fails: coeffs, final_loss, coeffs_hidden
description: never zeroes the gradient, so every update uses the sum of all gradients so far
example: true
mistakes: accumulation
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    features = torch.stack([x**2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = ((features @ coeffs - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
    with torch.no_grad():
        final_loss = ((features @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
