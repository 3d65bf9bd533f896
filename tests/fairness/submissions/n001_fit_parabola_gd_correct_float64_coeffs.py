import torch


def fit_parabola_gd(x, y, lr, steps):
    xd = x.double()
    yd = y.double()
    coeffs = torch.zeros(3, dtype=torch.float64, requires_grad=True)
    powers = torch.stack([xd.pow(2), xd, torch.ones_like(xd)])    # (3, N)
    for _ in range(steps):
        pred = coeffs @ powers
        loss = (pred - yd).pow(2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        final_loss = (coeffs @ powers - yd).pow(2).mean().item()
    return coeffs.detach(), final_loss
