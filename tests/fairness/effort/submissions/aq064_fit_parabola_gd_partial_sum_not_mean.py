import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        pred = coeffs[0] * x ** 2 + coeffs[1] * x + coeffs[2]
        loss = ((pred - y) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    with torch.no_grad():
        pred = coeffs[0] * x ** 2 + coeffs[1] * x + coeffs[2]
        final_loss = ((pred - y) ** 2).sum().item()
    return coeffs.detach(), final_loss
