import torch


def fit_parabola_gd(x, y, lr, steps):
    X = torch.stack([x * x, x, torch.ones_like(x)], dim=1)   # N x 3
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        pred = X @ coeffs
        loss = torch.mean((pred - y) ** 2)
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = torch.mean((X @ coeffs - y) ** 2).item()
    return coeffs.detach(), final_loss
