"""Wrong: coeffs = coeffs - lr * coeffs.grad makes a new non-leaf tensor, whose .grad stays None.

fails: coeffs, final_loss, coeffs_hidden
description: writes coeffs = coeffs - lr * coeffs.grad outside torch.no_grad(), so coeffs stops being a leaf
mistakes: not_leaf, grad_mode
"""

import torch


def fit_parabola_gd(x, y, lr, steps):
    features = torch.stack([x**2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = ((features @ coeffs - y) ** 2).mean()
        loss.backward()
        coeffs = coeffs - lr * coeffs.grad
    final_loss = ((features @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
