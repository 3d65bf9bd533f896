"""fit_parabola_gd: half done, two mistakes: loop runs steps - 1 times, and final_loss returned as a tensor, not a float."""
import torch


def fit_parabola_gd(x, y, lr, steps):
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(1, steps):
        pred = coeffs[0] * x ** 2 + coeffs[1] * x + coeffs[2]
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
        coeffs.grad.zero_()
    pred = coeffs[0] * x ** 2 + coeffs[1] * x + coeffs[2]
    final_loss = ((pred - y) ** 2).mean()
    return coeffs, final_loss
