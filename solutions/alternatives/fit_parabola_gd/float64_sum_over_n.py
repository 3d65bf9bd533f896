"""float64 throughout, the mean written as sum()/numel(), gradients reset to None, the leaf returned as is."""

import torch


def fit_parabola_gd(x, y, lr, steps):
    x64, y64 = x.double(), y.double()
    coeffs = torch.zeros(3, dtype=torch.float64, requires_grad=True)

    def mse(c):
        pred = c[0] * x64**2 + c[1] * x64 + c[2]
        return ((pred - y64) ** 2).sum() / y64.numel()

    for _ in range(steps):
        loss = mse(coeffs)
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad = None
    final_loss = mse(coeffs).item()
    return coeffs, final_loss
