import torch
import torch.nn.functional as F


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x ** 2, x, torch.ones_like(x)], dim=1)   # (N, 3)
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = F.mse_loss(X @ coeffs, y)
        loss.backward()
        with torch.no_grad():
            coeffs.sub_(lr * coeffs.grad)
            coeffs.grad = None
    final_loss = F.mse_loss(X @ coeffs, y).item()
    return coeffs.detach().clone(), final_loss
