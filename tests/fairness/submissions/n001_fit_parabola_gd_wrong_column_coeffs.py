import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x ** 2, x, torch.ones_like(x)], dim=1)   # (N, 3)
    coeffs = torch.zeros(3, 1, requires_grad=True)
    for _ in range(steps):
        pred = X @ coeffs                                     # (N, 1)
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = ((X @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
