"""Reference solution: fit_parabola_gd."""

import torch


def fit_parabola_gd(x: torch.Tensor, y: torch.Tensor, lr: float, steps: int) -> tuple[torch.Tensor, float]:
    features = torch.stack([x**2, x, torch.ones_like(x)], dim=1)  # (N, 3)
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = ((features @ coeffs - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = ((features @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
