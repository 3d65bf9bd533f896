"""Wrong: (N, 1) predictions minus (N,) targets broadcast to an (N, N) matrix of differences.

fails: coeffs, final_loss, coeffs_hidden
description: subtracts y, of shape (N,), from predictions of shape (N, 1): they broadcast to an (N, N) matrix, and the fit tends to a constant
mistakes: shape
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    features = torch.stack([x**2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, 1, requires_grad=True)
    for _ in range(steps):
        pred = features @ coeffs  # shape (N, 1)
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = ((features @ coeffs - y) ** 2).mean().item()
    return coeffs.detach().squeeze(1), final_loss
