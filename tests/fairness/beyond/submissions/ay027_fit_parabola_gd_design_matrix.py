"""Correct: a design matrix [x^2, x, 1] times coeffs gives the predictions; in-place update under no_grad,
grad set to None, final loss recomputed after the loop as a float."""
import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x ** 2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, dtype=x.dtype, requires_grad=True)
    for _ in range(steps):
        pred = X @ coeffs
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs.sub_(lr * coeffs.grad)
        coeffs.grad = None
    with torch.no_grad():
        final_loss = ((X @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
