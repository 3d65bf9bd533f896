import torch


import torch.nn.functional as F


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x * x, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, dtype=x.dtype, requires_grad=True)
    for _ in range(steps):
        loss = F.mse_loss(X @ coeffs, y)
        loss.backward()
        with torch.no_grad():
            coeffs.sub_(coeffs.grad, alpha=lr)
        coeffs.grad = None
    final_loss = float(F.mse_loss(X @ coeffs, y))
    return coeffs, final_loss
