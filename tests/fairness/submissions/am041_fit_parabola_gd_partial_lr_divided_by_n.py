import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    n = x.shape[0]
    for _ in range(steps):
        pred = coeffs[0] * x * x + coeffs[1] * x + coeffs[2]
        loss = torch.mean((pred - y) ** 2)
        loss.backward()
        with torch.no_grad():
            coeffs -= (lr / n) * coeffs.grad   # step per data point
        coeffs.grad = None
    with torch.no_grad():
        pred = coeffs[0] * x * x + coeffs[1] * x + coeffs[2]
        final_loss = torch.mean((pred - y) ** 2).item()
    return coeffs.detach(), final_loss
