import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        a, b, c = coeffs
        loss = ((a * x ** 2 + b * x + c - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
    with torch.no_grad():
        a, b, c = coeffs
        final_loss = ((a * x ** 2 + b * x + c - y) ** 2).mean().item()
    return coeffs.detach(), final_loss
